package com.jalonom.shop.customer;

import jakarta.persistence.Entity;

/** A customer account of the web shop. */
@Entity
public class Customer {

    private Long id; // lawful: not-personal

    private String email; // lawful: personal user.contact.email (declared: customer-account)

    private String phone; // lawful: personal user.contact.phone (declared: customer-account)

    private String fullName; // lawful: personal user.name (declared: customer-account)

    // lawful: personal user.device.ip_address; finding category-undisclosed
    private String lastLoginIp;
}
