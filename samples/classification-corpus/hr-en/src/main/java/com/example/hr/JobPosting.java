package com.example.hr;

import java.math.BigDecimal;

public class JobPosting {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String title;

    // lawful: not-personal
    private String description;

    // lawful: not-personal
    private BigDecimal salaryMin;

    // lawful: not-personal
    private BigDecimal salaryMax;

    // lawful: not-personal
    private String location;

    // lawful: link
    private Employee hiringManager;

    // lawful: personal user.contact.email
    private String contactEmail;
}
