package org.example.loanbook.client;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Customer {

    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: personal user.unique_id
    private String customerNumber;

    // lawful: personal user.name.first
    private String firstName;

    // lawful: personal user.name.last
    private String lastName;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate dateOfBirth;

    // lawful: personal user.demographic.gender
    private String gender;

    // lawful: personal user.demographic.language
    private String preferredLanguage;

    // lawful: personal user.financial
    private BigDecimal monthlyIncome;

    // lawful: personal user.financial
    private BigDecimal annualIncome;

    // lawful: personal user.contact.phone_number
    private String mobileNo;

    // lawful: personal user.contact.email
    private String email;

    // lawful: personal user.contact.address.country
    private String countryOfResidence;

    // lawful: personal user.government_id
    private String nationalId;

    // lawful: link
    @ManyToOne
    private Staff staff;

    // lawful: not-personal
    private LocalDate activationDate;
}
