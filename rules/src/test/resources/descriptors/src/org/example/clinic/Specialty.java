package org.example.clinic;

// The clinic's shared catalogue of specialties: it refers to no one.
public class Specialty {

    // expected: not personal
    private String code;
}
