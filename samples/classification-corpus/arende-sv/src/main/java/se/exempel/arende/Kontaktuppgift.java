package se.exempel.arende;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Kontaktuppgift {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    private String kontakttyp;

    // lawful: personal user.contact
    private String varde;
}
