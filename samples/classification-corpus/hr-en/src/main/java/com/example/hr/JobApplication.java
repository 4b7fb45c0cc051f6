package com.example.hr;

import java.time.Instant;

public class JobApplication {

    // lawful: not-personal
    private Long id;

    // lawful: personal user.name
    private String candidateName;

    // lawful: personal user.contact.email
    private String candidateEmail;

    // lawful: personal user.contact.phone_number
    private String candidatePhone;

    // lawful: not-personal
    private String cvFileName;

    // lawful: link
    private JobPosting posting;

    // lawful: not-personal
    private String stage;

    // lawful: not-personal
    private Instant receivedAt;

    // lawful: personal user.contact.social_url
    private String linkedinUrl;
}
