package com.example.shop;

public class Category {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String slug;

    // lawful: not-personal
    private Category parent;
}
