package org.example.loanbook.security;

public class OtpDeliveryMethod {

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String target;
}
