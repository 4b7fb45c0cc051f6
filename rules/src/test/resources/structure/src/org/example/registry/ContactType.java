package org.example.registry;

/** A catalogue of contact kinds: no field holds anyone's data, so it stays a type. */
public class ContactType {
    // expected: not personal
    private String code;
    // expected: not personal
    private String name;
    // expected: not personal
    private String description;
}
