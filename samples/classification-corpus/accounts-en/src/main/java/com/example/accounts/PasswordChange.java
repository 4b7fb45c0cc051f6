package com.example.accounts;

public record PasswordChange(
        // lawful: personal user.authorization.credentials
        String currentPassword,
        // lawful: personal user.authorization.credentials
        String newPassword) {
}
