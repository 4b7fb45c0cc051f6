package org.example.pathology;

import java.time.LocalDate;

/** One accession (a specimen received) of a patient, held by the patient's record: its values are about the patient's health. */
public class Accession {
    // expected: not personal
    @jakarta.persistence.EmbeddedId
    private AccessionKey key;
    // expected: not personal
    private String caseId;
    // expected: not personal
    private LocalDate receivedOn;
    // expected: a link
    private TumourStaging staging;
}

/** An accession's composite key: the record's own id, not a record of the patient's file. */
class AccessionKey {
    // expected: not personal
    private String year;
    // expected: not personal
    private Integer sequence;
}
