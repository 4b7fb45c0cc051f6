package org.example.clinic;

/** A blood donor's record in a Norwegian biovigilance register: giver is a donor, a person. */
public class Giver {
    // expected: user.demographic.age_range
    private String alder;
    // expected: user.health
    private String blodprodukt;
    // expected: user.health
    private String antistoffKode;
    // expected: a link
    private String userMutiert;
    // expected: not personal
    private String skjemaVersjon;
}
