package org.example.register;

// The register's shared list of occupation codes; only its creator is a person.
public class Occupations extends AuditedEntity {

    // expected: not personal (a catalogue: its base class's audit actor ties it to no one)
    private String code;
}
