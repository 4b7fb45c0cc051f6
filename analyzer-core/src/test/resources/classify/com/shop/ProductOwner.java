package com.shop;

// The test policy overrides name here: the name of a product team.
public class ProductOwner {

    // lawful: not-personal
    private String name;

    // lawful: personal user.contact.email
    private String email;
}
