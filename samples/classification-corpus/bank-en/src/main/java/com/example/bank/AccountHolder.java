package com.example.bank;

import java.time.LocalDate;
import java.util.List;

public class AccountHolder {

    // lawful: personal user.unique_id
    private String id;

    // lawful: personal user.name
    private String givenName;

    // lawful: personal user.name
    private String familyName;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate dateOfBirth;

    // lawful: personal user.government_id
    private String nationalId;

    // lawful: personal user.government_id
    private String passportNumber;

    // lawful: personal user.government_id
    private String taxId;

    // lawful: personal user.contact.email
    private String emailAddress;

    // lawful: personal user.contact.phone_number
    private String mobilePhone;

    // lawful: personal user.contact.address
    private PostalAddress residentialAddress;

    // lawful: link
    private List<BankAccount> accounts;

    // lawful: not-personal
    private RiskRating riskRating;

    // lawful: not-personal
    private boolean pep;
}
