package org.example.fieldwork;

public class Participant extends SyncAttributeEntity {
    // expected: user.name.first
    private String firstName;
    // expected: user.demographic.date_of_birth
    private java.time.LocalDate dateOfBirth;
}
