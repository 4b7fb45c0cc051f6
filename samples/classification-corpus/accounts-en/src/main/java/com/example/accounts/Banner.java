package com.example.accounts;

public class Banner {
    // lawful: not-personal
    private String title;

    // lawful: not-personal
    private String imageUrl;

    // lawful: not-personal
    private String activationKey;
}
