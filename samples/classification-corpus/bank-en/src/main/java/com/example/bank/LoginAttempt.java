package com.example.bank;

import java.net.InetAddress;
import java.time.Instant;

/** One entry of the security log. */
public record LoginAttempt(
        // lawful: personal user.account.username
        String username,
        // lawful: personal user.device.ip_address
        InetAddress remoteAddress,
        // lawful: personal user.device
        String userAgent,
        // lawful: not-personal
        boolean success,
        // lawful: not-personal
        Instant at) {
}
