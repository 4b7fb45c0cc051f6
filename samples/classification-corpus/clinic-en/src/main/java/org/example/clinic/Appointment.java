package org.example.clinic;

import java.time.LocalDateTime;

public record Appointment(
        // lawful: not-personal
        long id,
        // lawful: link
        Patient patient,
        // lawful: link
        Vet doctor,
        // lawful: not-personal
        LocalDateTime startsAt,
        // lawful: not-personal
        int durationMinutes,
        // lawful: personal user.health
        String reasonForVisit,
        // lawful: not-personal
        String room) {
}
