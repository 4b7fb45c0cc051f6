package org.example.loanbook.client;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Staff {

    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: personal user.name.first
    private String firstname;

    // lawful: personal user.name.last
    private String lastname;

    // lawful: personal user.contact.email
    private String emailAddress;

    // lawful: personal user.demographic.language
    private String preferredLanguage;
}
