package com.example.accounts;

public class Authority {
    // lawful: not-personal
    private String name;
}
