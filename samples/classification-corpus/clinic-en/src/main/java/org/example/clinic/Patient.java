package org.example.clinic;

import java.time.LocalDate;
import java.util.List;

/** A human patient of the clinic's occupational health service. */
public class Patient {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.name
    private String name;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate dob;

    // lawful: personal user.government_id
    private String ssn;

    // lawful: personal user.health
    private String diagnosis;

    // lawful: personal user.health
    private List<String> medications;

    // lawful: personal user.health
    private String bloodType;

    // lawful: personal user.health
    private Double weightKg;

    // lawful: personal user.contact.phone_number
    private String emergencyContactPhone;

    // lawful: personal user.name
    private String emergencyContactName;

    // lawful: personal user.health
    private String insurancePolicyNumber;

    // lawful: link
    private Vet primaryPhysician;

    // lawful: not-personal
    private LocalDate registeredOn;
}
