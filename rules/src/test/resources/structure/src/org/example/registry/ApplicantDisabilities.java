package org.example.registry;

/** Keys abbreviating a person's type of the scan refer to that person. */
public class ApplicantDisabilities {
    // expected: a link
    private Integer applId;
    // expected: a link
    private Integer partnerApplId;
    // expected: not personal
    private Integer apId;
    // expected: not personal
    private Integer caseId;
}
