package org.example.registry;

import java.util.List;

/** A FHIR HumanName: its family and given parts are the person's name. */
public class PersonNameModel {
    // expected: user.name
    private String family;
    // expected: user.name
    private List<String> given;
    // expected: not personal
    private String use;
}
