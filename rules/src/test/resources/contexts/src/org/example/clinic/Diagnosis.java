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

/** A patient's allergy: its status (active, resolved) says what the patient has. */
class Allergy {
    // expected: a link
    private Patient patient;
    // expected: user.health
    private String allergyStatus;
}

/** A contact's e-mail address: the e-mail's type (home, work) is not an e-mail address. */
class ContactEmail {
    // expected: a link
    private Patient patient;
    // expected: user.contact.email
    private String email;
    // expected: not personal
    private String emailType;
}

class Patient {
    // expected: user.name
    private String name;
    // expected: user.demographic.date_of_birth
    private LocalDate birthDate;
}
