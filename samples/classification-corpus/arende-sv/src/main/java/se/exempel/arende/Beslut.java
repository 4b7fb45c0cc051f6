package se.exempel.arende;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
public class Beslut {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    private String beslutstyp;

    // lawful: not-personal
    private String utfall;

    // lawful: not-personal
    private LocalDate beslutsdatum;

    // lawful: not-personal
    private LocalDate giltigFran;

    // lawful: link
    private String beslutadAv;

    // lawful: not-personal
    private String motivering;
}
