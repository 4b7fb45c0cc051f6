package com.shop.customer;

/** Declared by "customer" in lawful.yaml: purpose, basis and retention all given. */
public class Customer {

    private long id;

    private String firstName;

    private String email;

    // lawful: finding category-undisclosed
    private String allergies;
}
