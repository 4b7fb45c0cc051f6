package com.example.infra;

public enum Country {
    SWEDEN("SE", "Sweden"), FINLAND("FI", "Finland");

    // lawful: not-personal
    private final String code;

    // lawful: not-personal
    private final String name;

    Country(String code, String name) {
        this.code = code;
        this.name = name;
    }
}
