package com.example.core;

/** A customer: lawful.yaml at the reactor root declares the e-mail address only. */
public class Customer {

    private long id;              // lawful: declared (yaml customers)
    private String email;         // lawful: declared (yaml customers)
    private String personnummer;  // lawful: personal-data-undeclared

    public String getEmail() {
        return email;
    }

    public String getPersonnummer() {
        return personnummer;
    }
}
