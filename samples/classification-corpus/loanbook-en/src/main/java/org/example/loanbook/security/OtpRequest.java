package org.example.loanbook.security;

public class OtpRequest {

    // lawful: personal user.authorization.credentials
    private String token;

    // lawful: not-personal
    private OtpMetadata metadata;
}
