package com.shop;

// A thing: its name is not a person's name.
public class Product {

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String code;

    // lawful: personal user.name
    private String ownerName;
}
