package org.example.registry;

/** A person's record. */
public class Applicant {
    // expected: user.unique_id
    private Integer id;
    // expected: user.contact.email
    private String email;
}
