package org.example.clinic;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "vets")
public class Vet extends Person {

    // lawful: not-personal
    @ManyToMany(fetch = FetchType.EAGER)
    private Set<Specialty> specialties;

    // lawful: personal user.contact.email
    private String workEmail;

    // lawful: not-personal
    private String licenseCategory;
}
