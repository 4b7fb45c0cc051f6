package org.example.loanbook.client;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Guarantor {

    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: personal user.name.first
    private String firstname;

    // lawful: personal user.name.last
    private String lastname;

    // lawful: personal user.contact.address.street
    private String addressLine1;

    // lawful: personal user.contact.address.city
    private String city;

    // lawful: personal user.contact.address.country
    private String country;

    // lawful: personal user.financial
    private BigDecimal monthlyIncome;

    // lawful: personal user.contact.phone_number
    private String mobileNumber;

    // lawful: not-personal
    private Integer guarantorType;
}
