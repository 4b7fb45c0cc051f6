package com.example.ward;

public class TreatmentProtocol {
    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String title;

    // lawful: not-personal
    private String handlerClassName;

    // lawful: not-personal
    private String patternName;

    // lawful: not-personal
    private String pathName;

    // lawful: not-personal
    private Integer version;

    // lawful: not-personal
    private String manualUrl;

    // lawful: not-personal
    private boolean active;

    // lawful: not-personal
    private String receiveQueue;

    // lawful: not-personal
    private String handleTimeout;
}
