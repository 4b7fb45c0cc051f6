package org.example.clinic;

import jakarta.persistence.*;

@Entity
@Table(name = "types")
public class PetType extends NamedEntity {

    // lawful: not-personal
    private String description;
}
