package com.example.infra;

import java.time.Instant;

/** One line of the HTTP access log. */
public record AccessLogEntry(
        // lawful: personal user.device.ip_address
        String remoteIp,
        // lawful: link
        String userId,
        // lawful: not-personal
        String method,
        // lawful: not-personal
        String path,
        // lawful: not-personal
        int status,
        // lawful: personal user.device
        String userAgent,
        // lawful: not-personal
        Instant time) {
}
