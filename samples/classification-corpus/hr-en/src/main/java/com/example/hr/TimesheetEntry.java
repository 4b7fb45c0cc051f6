package com.example.hr;

import java.time.LocalDate;

public record TimesheetEntry(
        // lawful: not-personal
        long id,
        // lawful: link
        long employeeId,
        // lawful: not-personal
        LocalDate day,
        // lawful: not-personal
        double hours,
        // lawful: not-personal
        String projectCode,
        // lawful: personal user.health
        boolean sickLeave) {
}
