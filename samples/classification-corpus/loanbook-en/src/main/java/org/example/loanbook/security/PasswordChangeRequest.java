package org.example.loanbook.security;

public class PasswordChangeRequest {

    // lawful: personal user.authorization.credentials
    private String password;

    // lawful: personal user.authorization.credentials
    private String repeatPassword;

    // lawful: not-personal
    private String locale;
}
