package com.example.orders;

/** Where customers send returned goods: the company's own returns desk. */
public class CompanyAddress {
    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String addressName;

    // lawful: not-personal
    private Integer sendStatus;

    // lawful: personal user.name
    private String name;

    // lawful: personal user.contact.phone_number
    private String phone;

    // lawful: not-personal
    private String city;

    // lawful: not-personal
    private String detailAddress;
}
