package org.example.pathology;

/** A letter about a patient refers to them but is not held in their file: only what is written in it is health data. */
public class ReportLetter {
    // expected: a link
    private Patient patient;
    // expected: user.health
    private String text;
    // expected: not personal
    private String envelopeCode;
}
