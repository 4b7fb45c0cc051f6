package com.example.settings;

/** The outgoing mail server's settings: nothing about a person. */
public class MailSettings {
    // lawful: not-personal
    private String host;

    // lawful: not-personal
    private int port;

    // lawful: not-personal
    private String username;

    // lawful: not-personal
    private String password;

    // lawful: not-personal
    private String fromAddress;
}
