package com.jalonom.webshop.customer;

import java.time.Instant;

/**
 * A web-shop customer account (Sweden). Declared in lawful.yaml as "customer-account",
 * except the fields noted below.
 */
public class Customer {

    private long id;
    private String firstName;            // lawful: declared (yaml customer-account)
    private String lastName;             // lawful: declared (yaml customer-account)
    private String email;                // lawful: declared (yaml customer-account)
    private String phoneNumber;          // lawful: declared (yaml customer-account)
    private String personnummer;         // lawful: personal-data-undeclared (Swedish national id, not in the declaration)
    private String passwordHash;         // lawful: personal-data-undeclared, category-undisclosed (credentials)
    private Address deliveryAddress;     // lawful: declared (yaml customer-account)
    private Instant createdAt;

    public long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public String getPersonnummer() {
        return personnummer;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Address getDeliveryAddress() {
        return deliveryAddress;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
