package org.example.registry;

/** A schema class whose stem is ambiguous (a kind, or German for child): its fields say person. */
public class KindType {
    // expected: user.demographic.gender
    private String geschlecht;
    // expected: user.demographic.date_of_birth
    private String geburtsdatum;
}
