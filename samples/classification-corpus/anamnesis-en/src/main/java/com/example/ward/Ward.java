package com.example.ward;

public class Ward {
    // lawful: not-personal
    private String code;

    // lawful: not-personal
    private String description;

    // lawful: not-personal
    private String telephone;

    // lawful: not-personal
    private String fax;

    // lawful: not-personal
    private String email;
}
