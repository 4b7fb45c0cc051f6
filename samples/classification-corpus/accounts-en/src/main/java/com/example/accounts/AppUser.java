package com.example.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Set;

@Entity
public class AppUser extends AuditedEntity {
    // lawful: personal user.unique_id
    @Id
    private Long id;

    // lawful: personal user.account.username
    private String login;

    // lawful: personal user.authorization.credentials
    private String password;

    // lawful: personal user.name.first
    private String firstName;

    // lawful: personal user.name.last
    private String lastName;

    // lawful: personal user.contact.email
    private String email;

    // lawful: not-personal
    private boolean activated;

    // lawful: personal user.demographic.language
    private String langKey;

    // lawful: personal user.content.self_image
    private String imageUrl;

    // lawful: personal user.authorization.credentials
    private String activationKey;

    // lawful: personal user.authorization.credentials
    private String resetKey;

    // lawful: not-personal
    private Instant resetDate;

    // lawful: not-personal
    private Set<Authority> authorities;
}
