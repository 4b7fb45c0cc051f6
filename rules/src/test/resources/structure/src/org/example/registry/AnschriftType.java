package org.example.registry;

/** An OpenAPI-generated address: the schema word "Type" does not make it a catalogue of kinds. */
public class AnschriftType {
    // expected: user.contact.address.street
    private String strasse;
    // expected: user.contact.address.postal_code
    private String postleitzahl;
    // expected: user.contact.address.city
    private String ortsteil;
}
