package se.exempel.arende;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** En fastighet som ärendet gäller (bygglov, avlopp). */
@Entity
public class Fastighet {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    private String fastighetsbeteckning;

    // lawful: not-personal
    @OneToOne
    private Adress adress;

    // lawful: not-personal
    private boolean huvudfastighet;

    // lawful: not-personal
    private String fastighetstyp;
}
