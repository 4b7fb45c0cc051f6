package uk.example.probation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A case listed at a magistrates' court, as the court's listing system sends it. */
public class CourtCaseSummary {
    // lawful: not-personal
    private String caseId;

    // lawful: not-personal
    private String caseNo;

    // lawful: not-personal
    private String courtCode;

    // lawful: personal user.name
    private String defendantName;

    // lawful: personal user.name.first
    private String defendantForename;

    // lawful: personal user.name.last
    private String defendantSurname;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate defendantDob;

    // lawful: personal user.demographic.gender
    private String defendantSex;

    // lawful: personal user.contact.address
    private CourtAddress defendantAddress;

    // lawful: personal user.criminal_history
    private String probationStatus;

    // lawful: personal user.criminal_history
    private boolean suspendedSentenceOrder;

    // lawful: personal user.criminal_history
    private List<String> offences;

    // lawful: not-personal
    private LocalDateTime sessionStartTime;

    // lawful: not-personal
    private int listNo;
}
