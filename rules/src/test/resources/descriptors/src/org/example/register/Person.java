package org.example.register;

// A person in a population register.
public class Person {

    private String ssn;

    private String fullName;
}
