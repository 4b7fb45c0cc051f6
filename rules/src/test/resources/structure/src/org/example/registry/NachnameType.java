package org.example.registry;

/** A schema class named by a strong pattern for what its parts make up: a surname. */
public class NachnameType {
    // expected: user.name
    private String name;
}
