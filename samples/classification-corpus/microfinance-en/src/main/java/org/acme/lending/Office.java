package org.acme.lending;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Office {

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    @ManyToOne
    private Office parent;

    // lawful: not-personal
    private LocalDate openingDate;

    // lawful: not-personal
    private String hierarchy;
}
