package com.shop;

import java.util.List;

// A type named for a person: weak tokens (name, address) count here.
public class Customer {

    // lawful: not-personal
    public static final String EMAIL_COLUMN = "email";

    // lawful: personal user.contact.email
    private String email;

    // lawful: personal user.name
    private String name;

    // lawful: personal user.contact.address
    private String billingAddress;

    // lawful: personal user.contact.phone_number
    private String phoneNumber;

    // a name qualified by a thing is that thing's name
    // lawful: not-personal
    private String favouriteProductName;

    // a flag about the e-mail address is not the address
    // lawful: not-personal
    private boolean emailVerified;

    // lawful: not-personal
    private String emailTemplateId;

    // lawful: link
    private String createdBy;

    // lawful: link
    private List<Order> orders;

    // lawful: personal user.contact.email
    @Column(name = "e_post")
    private String contact;
}
