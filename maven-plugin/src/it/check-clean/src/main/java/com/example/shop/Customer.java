package com.example.shop;

/** A customer; lawful.yaml declares all of its personal data. */
public class Customer {

    private long id;
    private String fullName;     // lawful: declared (yaml customers)
    private String email;        // lawful: declared (yaml customers)

    public long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }
}
