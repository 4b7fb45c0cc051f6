package com.example.infra;

import java.util.Locale;

public class EmailTemplate {

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String subject;

    // lawful: not-personal
    private String body;

    // lawful: not-personal
    private Locale locale;

    // lawful: not-personal
    private String senderName;
}
