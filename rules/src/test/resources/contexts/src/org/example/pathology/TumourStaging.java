package org.example.pathology;

/** Embedded in a case, two holders below the patient: the tumour's staging, coded by letter. */
public class TumourStaging {
    // expected: user.health
    private String t;
    // expected: user.health
    private String n;
    // expected: user.health
    private String m;
    // expected: user.health
    private String grading;
}
