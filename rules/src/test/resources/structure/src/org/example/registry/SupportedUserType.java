package org.example.registry;

/** A kind of user account and how its usernames are made: settings of one kind of data, not a person's record. */
public class SupportedUserType {
    // expected: not personal
    private String usernamePrefix;
    // expected: not personal
    private String usernameSuffix;
    // expected: not personal
    private String usernameInfix;
}
