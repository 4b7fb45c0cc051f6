package org.example.hr;

/** An access request to the employment register: it names the employee by their identifier. */
public class Tilgangsforespoersel {
    // expected: a link
    private String arbeidstakerIdentifikator;
    // expected: not personal
    private String formaal;
}
