package org.example.languages;

import java.util.UUID;

/** A request to open a review case: the reviewer is sent as a number, the reviewer's key. */
public class CaseRequest {
    // expected: a link
    private Integer reviewer;
    // expected: a link
    private UUID guardian;
    // expected: not personal
    private String title;
}

/** A household: an int named for people counts them. */
class Household {
    // expected: not personal
    private int children;
}
