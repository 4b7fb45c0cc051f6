package com.example.orders;

public class ReturnApplyResult {
    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private CompanyAddress companyAddress;

    // lawful: not-personal
    private CompanyAddress storeAddress;

    // lawful: personal user.name
    private String applicantName;
}
