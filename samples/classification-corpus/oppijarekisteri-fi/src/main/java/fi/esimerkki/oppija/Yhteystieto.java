package fi.esimerkki.oppija;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Yhteystieto {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    private String yhteystietoTyyppi;

    // lawful: personal user.contact
    private String yhteystietoArvo;
}
