package com.example.shop;

/** A physical shop of the chain. */
public class Store {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String street;

    // lawful: not-personal
    private String city;

    // lawful: not-personal
    private String phone;

    // lawful: personal user.name
    private String managerName;

    // lawful: not-personal
    private String openingHours;

    // lawful: not-personal
    private double latitude;

    // lawful: not-personal
    private double longitude;
}
