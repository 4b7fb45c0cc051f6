package com.example.hr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

public class Employee {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.unique_id
    private String employeeNumber;

    // lawful: personal user.name
    private String firstName;

    // lawful: personal user.name
    private String middleName;

    // lawful: personal user.name
    private String lastName;

    // lawful: personal user.name
    private String preferredName;

    // lawful: personal user.contact.email
    private String workEmail;

    // lawful: personal user.contact.email
    private String privateEmail;

    // lawful: personal user.contact.phone_number
    private String homePhone;

    // lawful: personal user.contact.address
    private String homeAddress;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate birthday;

    // lawful: personal user.government_id
    private String socialSecurityNumber;

    // lawful: personal user.financial
    private BigDecimal salary;

    // lawful: personal user.financial.bank_account
    private String bankAccountNumber;

    // lawful: personal user.professional_information.job_title
    private String jobTitle;

    // lawful: not-personal
    private Department department;

    // lawful: link
    private Employee manager;

    // lawful: not-personal
    private LocalDate hireDate;

    // lawful: personal user.demographic.religious_belief
    private String religion;

    // lawful: personal user.health
    private Set<String> disabilities;

    // lawful: personal user.health
    private int sickDaysThisYear;

    // lawful: personal user.name
    private String emergencyContact;
}
