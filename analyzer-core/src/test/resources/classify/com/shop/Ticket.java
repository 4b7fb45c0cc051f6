package com.shop;

// No person context, but @Email says what the field holds.
public class Ticket {

    // lawful: personal user.contact.email
    @Email
    private String contact;

    // lawful: not-personal
    private String subject;

    // lawful: not-personal
    private String name;
}
