package org.example.signup;

// Technical and named for the address type, but holding none of its fields: it stays technical.
public class HemadressCache {

    // expected: not personal (a cache's own setting)
    private String gatuadressPattern;

    // expected: not personal
    private int size;
}
