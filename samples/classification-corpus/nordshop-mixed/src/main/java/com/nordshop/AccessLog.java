package com.nordshop;

import java.time.Instant;

/** A request log line. */
public class AccessLog {

    // lawful: not-personal
    private Instant timestamp;

    // lawful: personal user.device.ip_address
    private String klientIp;

    // lawful: personal user.device.user_agent
    private String userAgent;

    // lawful: not-personal
    private String path;

    // lawful: not-personal
    private int status;

    // lawful: link
    private Long kundId;
}
