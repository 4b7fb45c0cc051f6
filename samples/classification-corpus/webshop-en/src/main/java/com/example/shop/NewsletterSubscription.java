package com.example.shop;

import java.time.Instant;

public class NewsletterSubscription {

    // lawful: not-personal
    private Long id;

    // lawful: personal user.contact.email
    private String emailAddress;

    // lawful: not-personal
    private boolean confirmed;

    // lawful: personal user.authorization.credentials
    private String confirmationToken;

    // lawful: not-personal
    private Instant subscribedAt;

    // lawful: personal user.device.ip_address
    private String ipAddress;

    // lawful: not-personal
    private String source;
}
