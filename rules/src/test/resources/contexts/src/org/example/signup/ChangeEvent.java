package org.example.signup;

// An event of the register, named for nothing in particular.
public class ChangeEvent extends BaseEntity {

    // expected: user.government_id.national_identification_number (Persistable makes no technical context)
    private String ssn;
}
