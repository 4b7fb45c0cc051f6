package org.example.clinic;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {

    // lawful: not-personal
    @Column(name = "visit_date")
    private LocalDate date;

    // lawful: not-personal
    private String description;

    // lawful: link
    @ManyToOne
    private Vet vet;
}
