package org.example.registry;

/** A Norwegian archive's record of one patient's personal data, named so in one word. */
public class PersondataDto {
    // expected: user.unique_id
    private String uuid;
    // expected: user.government_id.national_identification_number
    private String fodselsnummer;
    // expected: user.demographic.date_of_birth
    private String fodt;
    // expected: a link
    private String oppdatertAv;
}

/** A diagnosis held as its code and its text: the text is a compound ending in "tekst". */
class DiagnoseDto {
    // expected: user.health
    private String diagnosekode;
    // expected: user.health
    private String diagnosetekst;
    // expected: a link
    private String sistOppdatertAv;
}

/** A hospital's patient: the numbers its record keeps identify the patient, unless they name something else. */
class Patient {
    // expected: user.unique_id
    private String hinNo;
    // expected: user.unique_id
    private String lopenummer;
    // expected: not personal
    private Long departmentId;
    // expected: not personal
    private Integer versionNumber;
}
