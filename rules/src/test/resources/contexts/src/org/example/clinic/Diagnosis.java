package org.example.clinic;

import java.time.LocalDate;

/** A patient's diagnosis: what type of diagnosis they have (primary, secondary) is health data too. */
public class Diagnosis {
    // expected: a link
    private Patient patient;
    // expected: user.health
    private String diagnosisCode;
    // expected: user.health
    private String diagnosisType;
    // expected: not personal
    private LocalDate registeredOn;
}

/** A patient's allergy: its status (active, resolved), severity and level say what the patient has; when it was recorded does not. */
class Allergy {
    // expected: a link
    private Patient patient;
    // expected: user.health
    private String allergyStatus;
    // expected: user.health
    private String severity;
    // expected: user.health
    private AllergyLevel level;
    // expected: not personal
    private java.time.LocalDate recordedOn;
}

enum AllergyLevel { MILD, SEVERE }

/** A contact's e-mail address: the e-mail's type (home, work) is not an e-mail address. */
class ContactEmail {
    // expected: a link
    private Patient patient;
    // expected: user.contact.email
    private String email;
    // expected: not personal
    private String emailType;
}

/** A chapter of the ICD catalogue: its name and code name a diagnosis, no one's. */
class IcdChapter {
    // expected: not personal
    private String name;
    // expected: not personal
    private String code;
    // expected: not personal
    private java.util.List<IcdChapter> subChapters;
}

/** A patient's diagnosis as the record names it: its name is the patient's health. */
class NamedDiagnosis {
    // expected: a link
    private Patient patient;
    // expected: user.health
    private String name;
}

/** A procedure a patient had: when it was done is the record's date, not health data. */
class Procedure {
    // expected: a link
    private Patient patient;
    // expected: user.health
    private String procedureCode;
    // expected: not personal
    private java.util.Date procedureDatetime;
}

class Patient {
    // expected: user.name
    private String name;
    // expected: user.demographic.date_of_death
    private LocalDate deceasedDate;
    // expected: user.demographic.date_of_birth
    private LocalDate birthDate;
}
