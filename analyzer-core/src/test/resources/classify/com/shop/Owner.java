package com.shop;

import java.time.LocalDate;

// A person by name and by superclass.
public class Owner extends Person {

    // lawful: personal user.contact.address
    private String address;

    // lawful: personal user.contact.address
    private String city;

    // lawful: personal user.contact.phone_number
    private String telephone;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate dateOfBirth;
}
