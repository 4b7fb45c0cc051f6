package org.acme.emr;

import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;

@Entity
public class User {

    // lawful: personal user.unique_id
    private Integer userId;

    // lawful: personal user.account.username
    private String username;

    // lawful: personal user.contact.email
    private String email;

    // lawful: link
    @OneToOne
    private Person person;

    // lawful: not-personal
    private String systemId;

    // lawful: not-personal
    private boolean retired;
}
