package org.acme.lending;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** A loan officer or other employee. */
@Entity
public class Staff {

    // lawful: personal user.name
    private String firstname;

    // lawful: personal user.name
    private String lastname;

    // lawful: personal user.contact.phone_number
    private String mobileNo;

    // lawful: personal user.contact.email
    private String emailAddress;

    // lawful: not-personal
    private boolean loanOfficer;

    // lawful: not-personal
    @ManyToOne
    private Office office;
}
