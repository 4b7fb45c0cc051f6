package com.example.infra;

public class RequestMetrics {

    // lawful: not-personal
    private String endpoint;

    // lawful: not-personal
    private String method;

    // lawful: not-personal
    private long count;

    // lawful: not-personal
    private double p99Millis;

    // lawful: not-personal
    private String hostName;

    // lawful: not-personal
    private String instanceAddress;
}
