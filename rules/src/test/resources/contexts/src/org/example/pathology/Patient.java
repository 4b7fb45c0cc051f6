package org.example.pathology;

import java.util.Set;

/** A patient of a pathology lab: the cases and the follow-up data it holds are in the patient's file. */
public class Patient {
    // expected: user.name.last
    private String lastName;
    // expected: a link
    private Set<Accession> accessions;
    // expected: a link
    private FollowUpData followUpData;
}
