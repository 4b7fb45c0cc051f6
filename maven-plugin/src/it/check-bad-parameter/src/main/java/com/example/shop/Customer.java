package com.example.shop;

/** A customer nobody declared. */
public class Customer {

    private String fullName;     // lawful: personal-data-undeclared
    private String email;        // lawful: personal-data-undeclared

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }
}
