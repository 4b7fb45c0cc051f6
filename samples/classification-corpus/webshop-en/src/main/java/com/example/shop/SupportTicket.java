package com.example.shop;

import jakarta.validation.constraints.Email;
import java.time.Instant;

public class SupportTicket {

    // lawful: not-personal
    private Long id;

    // an @Email-annotated field with a neutral name
    // lawful: personal user.contact.email
    @Email
    private String contact;

    // lawful: not-personal
    private String subject;

    // lawful: not-personal
    private String priority;

    // lawful: link
    private Long customerId;

    // lawful: link
    private String assignedTo;

    // lawful: not-personal
    private Instant openedAt;
}
