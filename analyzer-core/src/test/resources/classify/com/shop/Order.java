package com.shop;

// No person word in the name, but two fields that are personal anywhere (e-mail, phone) make a person context.
public class Order {

    // lawful: not-personal
    private long id;

    // lawful: personal user.contact.email
    private String customerEmail;

    // lawful: personal user.contact.phone_number
    private String contactPhone;

    // lawful: personal user.contact.address
    private String deliveryAddress;

    // lawful: link
    private Customer customer;

    // lawful: link
    private Long customerId;

    // lawful: not-personal
    private java.math.BigDecimal total;
}
