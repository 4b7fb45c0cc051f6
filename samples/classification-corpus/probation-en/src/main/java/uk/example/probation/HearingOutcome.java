package uk.example.probation;

import java.time.LocalDate;

/** What a hearing decided, recorded by a probation officer. */
public class HearingOutcome {
    // lawful: not-personal
    private String hearingId;

    // lawful: not-personal
    private String outcomeType;

    // lawful: not-personal
    private LocalDate outcomeDate;

    // lawful: link
    private String assignedTo;

    // lawful: not-personal
    private String state;

    // lawful: not-personal
    private boolean legacy;
}
