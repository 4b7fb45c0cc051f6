package org.example.loanbook.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.example.loanbook.client.Staff;

@Entity
public class AppUser {

    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: personal user.account.username
    private String username;

    // lawful: personal user.authorization.credentials
    private String password;

    // lawful: personal user.contact.email
    private String email;

    // lawful: personal user.name.first
    private String firstname;

    // lawful: personal user.name.last
    private String lastname;

    // lawful: not-personal
    private boolean passwordNeverExpires;

    // lawful: not-personal
    private LocalDate lastTimePasswordUpdated;

    // lawful: not-personal
    private int failedLoginAttempts;

    // lawful: not-personal
    private boolean enabled;

    // lawful: link
    @ManyToOne
    private Staff staff;
}
