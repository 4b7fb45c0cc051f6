package org.acme.lending;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** Someone who vouches for a loan; not necessarily a client. */
@Entity
public class Guarantor {

    // lawful: link
    @ManyToOne
    private Loan loan;

    // lawful: personal user.name
    private String firstname;

    // lawful: personal user.name
    private String lastname;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate dateOfBirth;

    // lawful: personal user.contact.address
    private String addressLine1;

    // lawful: personal user.contact.address
    private String city;

    // lawful: personal user.contact.address
    private String zip;

    // lawful: personal user.contact.phone_number
    private String housePhoneNumber;

    // lawful: personal user.contact.phone_number
    private String mobilePhoneNumber;

    // lawful: not-personal
    private Integer gurantorType;

    // lawful: not-personal
    private boolean active;
}
