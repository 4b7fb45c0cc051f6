package se.exempel.arende;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Anteckning {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    private String titel;

    // lawful: not-personal
    private String text;

    // lawful: link
    private String skapadAv;

    // lawful: not-personal
    private String anteckningstyp;
}
