package org.example.loanbook.client;

import java.time.LocalDate;

public class PostCustomersRequest {

    // lawful: personal user.name.first
    private String firstname;

    // lawful: personal user.name.last
    private String lastname;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate dateOfBirth;

    // lawful: personal user.contact.phone_number
    private String mobileNo;

    // lawful: not-personal
    private String locale;

    // lawful: not-personal
    private String dateFormat;

    // lawful: not-personal
    private Long officeId;
}
