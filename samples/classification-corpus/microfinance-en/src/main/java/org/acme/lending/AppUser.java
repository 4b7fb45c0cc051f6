package org.acme.lending;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Set;

@Entity
public class AppUser {

    // lawful: personal user.account.username
    private String username;

    // lawful: personal user.name
    private String firstname;

    // lawful: personal user.name
    private String lastname;

    // lawful: personal user.authorization.credentials
    private String password;

    // lawful: personal user.contact.email
    private String email;

    // lawful: not-personal
    private boolean passwordNeverExpires;

    // lawful: not-personal
    private LocalDate lastTimePasswordUpdated;

    // lawful: not-personal
    private boolean accountNonLocked;

    // lawful: not-personal
    @ManyToMany
    private Set<Role> roles;

    // lawful: link
    @ManyToOne
    private Staff staff;
}
