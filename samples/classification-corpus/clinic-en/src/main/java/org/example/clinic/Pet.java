package org.example.clinic;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "pets")
public class Pet extends NamedEntity {

    // lawful: not-personal
    @Column(name = "birth_date")
    private LocalDate birthDate;

    // lawful: not-personal
    @ManyToOne
    @JoinColumn(name = "type_id")
    private PetType type;

    // lawful: not-personal
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "pet_id")
    private Set<Visit> visits = new LinkedHashSet<>();

    // lawful: link
    @ManyToOne
    private Owner owner;
}
