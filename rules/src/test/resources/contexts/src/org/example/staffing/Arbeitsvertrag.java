package org.example.staffing;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A field worker's employment contract: its pay and place of work are theirs. */
public class Arbeitsvertrag {
    // expected: not personal
    @Id
    private Integer id;
    // expected: a link
    @ManyToOne
    private Einsatzkraft einsatzkraft;
    // expected: user.professional_information.workplace
    private String arbeitsort;
    // expected: user.financial
    private String grundlohn;
    // expected: user.financial
    private String zulagen;
    // expected: user.financial
    private String eingruppierung;
    // expected: user.financial
    private String vwlLeistungen;
}
