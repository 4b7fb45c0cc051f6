package com.example.shop;

import jakarta.persistence.*;

@Entity
public class Address {

    @Id
    // lawful: not-personal
    private Long id;

    // lawful: link
    @ManyToOne
    private Customer customer;

    // lawful: personal user.contact.address
    private String street;

    // lawful: personal user.contact.address
    private String houseNumber;

    // lawful: personal user.contact.address
    private String zipCode;

    // lawful: personal user.contact.address
    private String city;

    // lawful: personal user.contact.address
    private String country;

    // lawful: not-personal
    private boolean defaultShipping;

    // lawful: not-personal
    @Enumerated(EnumType.STRING)
    private AddressType type;
}
