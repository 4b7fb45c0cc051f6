package com.shop;

// Technical context: an address here is a server's.
public class MailServerConfig {

    // lawful: not-personal
    private String host;

    // lawful: not-personal
    private String address;

    // lawful: not-personal
    private java.net.InetAddress bindAddress;

    // lawful: personal user.contact.email
    private String adminEmail;
}
