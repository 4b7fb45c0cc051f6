package org.example.holiday;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A child registered for the holiday programme. */
public class Teilnehmer {
    // expected: user.name.first
    private String vorname;
    // expected: user.name.last
    private String nachname;
    // expected: user.demographic.date_of_birth
    private LocalDate geburtsdatum;
    // expected: user.health
    private Behinderung behinderung;
}

/**
 * The child's disability as the form asks for it: each yes/no answer says what the child
 * needs, which is health data (Art. 9); when the answers were saved does not.
 */
class Behinderung {
    // expected: user.health
    private boolean rollstuhlNutzungNotwendig;
    // expected: user.health
    private boolean begleitungNotwendig;
    // expected: user.health
    private boolean merkzeichenBlind;
    // expected: not personal
    private boolean deleted;
    // expected: not personal
    private LocalDateTime geaendertAm;
}

/** An exception naming the person a lookup did not find: the national identity number is still theirs. */
class PersonIkkeFunnetException extends RuntimeException {
    // expected: user.government_id.national_identification_number
    private final String fnr;
    // expected: not personal
    private final String tjeneste;

    PersonIkkeFunnetException(String fnr, String tjeneste) {
        this.fnr = fnr;
        this.tjeneste = tjeneste;
    }
}

/** A server's connection settings: their address is a machine's, not a person's. */
class ServerConnectionConfig {
    // expected: not personal
    private String ipAddress;
    // expected: not personal
    private int port;
}

/** A programme's coach: a person, whose name and phone are theirs. */
class Trainer {
    // expected: user.name
    private String name;
    // expected: user.contact.phone_number
    private String telefon;
}

/** A transfer request names its approver: the display name is the approver's. */
class TransferRequest {
    // expected: a link
    private Teilnehmer teilnehmer;
    // expected: user.name
    private String approverDisplayName;
}

/** A staff member's record refers to their position by a numeric key: a position's key, not a job title. */
class Mitarbeiter {
    // expected: user.name.last
    private String nachname;
    // expected: not personal
    private Integer positionId;
    // expected: user.professional_information.job_title
    private String position;
}

/** A registration refers to its participant by a key ending in uid: the key names the participant. */
class Anmeldung {
    // expected: a link
    private Long teilnehmerUid;
    // expected: not personal
    private Long kursUid;
}

/** The staging copy of the participants' table, filled by a nightly import: each row is a participant's. */
class TeilnehmerStaging {
    // expected: user.unique_id
    private Long id;
    // expected: user.name.last
    private String nachname;
}
