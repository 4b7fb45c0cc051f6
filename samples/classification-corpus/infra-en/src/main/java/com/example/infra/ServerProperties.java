package com.example.infra;

import java.net.InetAddress;

public class ServerProperties {

    // lawful: not-personal
    private InetAddress address;

    // lawful: not-personal
    private int port;

    // lawful: not-personal
    private String contextPath;

    // lawful: not-personal
    private String serverName;

    // lawful: not-personal
    private String ipAddress;

    // lawful: not-personal
    private int maxConnections;
}
