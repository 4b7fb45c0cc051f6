package org.acme.emr;

/** A coded medical term (a diagnosis, a drug, a question). */
public class Concept {

    // lawful: not-personal
    private Integer conceptId;

    // lawful: not-personal
    private String shortName;

    // lawful: not-personal
    private boolean retired;
}
