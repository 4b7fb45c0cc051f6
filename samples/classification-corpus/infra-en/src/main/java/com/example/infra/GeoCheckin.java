package com.example.infra;

import java.time.Instant;

/** Where a user of the mobile app checked in. */
public record GeoCheckin(
        // lawful: link
        long userId,
        // lawful: personal user.location.precise
        double latitude,
        // lawful: personal user.location.precise
        double longitude,
        // lawful: not-personal
        Instant at,
        // lawful: personal user.device
        String deviceId) {
}
