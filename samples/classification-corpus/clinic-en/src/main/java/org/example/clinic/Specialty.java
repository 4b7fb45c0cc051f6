package org.example.clinic;

import jakarta.persistence.*;

@Entity
@Table(name = "specialties")
public class Specialty extends NamedEntity {

    // lawful: not-personal
    private String code;
}
