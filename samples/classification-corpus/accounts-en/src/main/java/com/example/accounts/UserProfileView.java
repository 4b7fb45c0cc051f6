package com.example.accounts;

/** A read-only view of a user for the admin list (written after the fix that made "view" neutral). */
public record UserProfileView(
        // lawful: personal user.unique_id
        Long id,
        // lawful: personal user.account.username
        String login,
        // lawful: personal user.contact.email
        String email,
        // lawful: personal user.name.last
        String lastName) {
}
