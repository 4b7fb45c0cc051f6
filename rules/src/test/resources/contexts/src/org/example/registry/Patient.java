package org.example.registry;

/** A patient's record: every key of its own identifies the patient, whatever word qualifies it. */
public class Patient {
    // expected: user.unique_id
    private String identifier;
    // expected: user.unique_id
    private long databaseId;
    // expected: user.unique_id
    private String externalId;
    // expected: user.unique_id
    private String ulkoinenTunniste;
    // expected: user.government_id.national_identification_number
    private String personNumber;
    // expected: not personal
    private Long clinicId;
    // expected: user.name.first
    private String firstName;
    // expected: user.contact.email
    private String email;
}

/** A ward of a hospital: its keys identify the ward, not a person. */
class Ward {
    // expected: not personal
    private String identifier;
    // expected: not personal
    private String externalId;
    // expected: not personal
    private String name;
}
