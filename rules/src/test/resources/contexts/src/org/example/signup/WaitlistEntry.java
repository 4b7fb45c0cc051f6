package org.example.signup;

// A waiting-list entry: a name beside an e-mail address is a person's.
public class WaitlistEntry {

    // expected: user.name
    private String name;

    // expected: user.contact.email
    private String email;
}
