package com.example.casework;

/** The settings of a monitoring agent process: nothing about a person. */
public class MonitoringAgentConfig {
    // lawful: not-personal
    private String agentId;

    // lawful: not-personal
    private String agentName;

    // lawful: not-personal
    private String agentVersion;

    // lawful: not-personal
    private int pollSeconds;
}
