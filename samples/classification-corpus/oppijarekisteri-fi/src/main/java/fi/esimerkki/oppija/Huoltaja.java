package fi.esimerkki.oppija;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** Huoltajuussuhde lapsen ja huoltajan välillä. */
@Entity
public class Huoltaja {
    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: link
    @ManyToOne
    private Henkilo lapsi;

    // lawful: link
    @ManyToOne
    private Henkilo huoltaja;

    // lawful: not-personal
    private String huoltajuustyyppi;

    // lawful: not-personal
    private LocalDate alkupvm;

    // lawful: not-personal
    private LocalDate loppupvm;
}
