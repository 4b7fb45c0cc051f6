package com.example.shop;

/** A customer; lawful.yaml declares only the id and the name. */
public class Customer {

    private long id;             // lawful: declared (yaml customers)
    private String fullName;     // lawful: declared (yaml customers)
    private String email;        // lawful: personal-data-undeclared, accepted by lawful-baseline.json
    private String phoneNumber;  // lawful: personal-data-undeclared, new

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }
}
