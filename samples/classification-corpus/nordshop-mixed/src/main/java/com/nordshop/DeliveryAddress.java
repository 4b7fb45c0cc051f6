package com.nordshop;

/** A saved delivery address of a customer. */
public class DeliveryAddress {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private Customer customer;

    // lawful: personal user.name
    private String namn;

    // lawful: personal user.contact.address
    private String gatuadress;

    // lawful: personal user.contact.address
    private String coAdress;

    // lawful: personal user.contact.address.postal_code
    private String postnr;

    // lawful: personal user.contact.address.city
    private String postort;

    // lawful: personal user.contact.phone_number
    private String telefon;

    // lawful: personal user.contact.address
    private String portkod;

    // lawful: not-personal
    private boolean standard;
}
