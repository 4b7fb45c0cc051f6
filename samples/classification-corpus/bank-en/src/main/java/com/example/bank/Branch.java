package com.example.bank;

public class Branch {

    // lawful: not-personal
    private String branchCode;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String address;

    // lawful: not-personal
    private String phoneNumber;

    // lawful: not-personal
    private String email;

    // lawful: not-personal
    private String swiftCode;
}
