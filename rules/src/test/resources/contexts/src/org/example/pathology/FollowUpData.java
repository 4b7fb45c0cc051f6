package org.example.pathology;

/** What a survey learnt of the patient later: a record in the patient's file. */
public class FollowUpData {
    // expected: user.health
    private String chemotherapy;
    // expected: user.health
    private String otherTherapies;
    // expected: user.name
    private String gynecologist;
    // expected: not personal
    private String status;
}
