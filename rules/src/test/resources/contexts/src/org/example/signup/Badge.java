package org.example.signup;

// A badge with a name and a colour: a bare name and no personal field beside it.
public class Badge {

    // expected: not personal
    private String name;

    private String colour;
}
