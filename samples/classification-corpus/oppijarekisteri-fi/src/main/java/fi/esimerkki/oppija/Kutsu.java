package fi.esimerkki.oppija;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** Kutsu virkailijaksi: lähetetään sähköpostilla. */
@Entity
public class Kutsu {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: link
    private String kutsuja;

    // lawful: personal user.name
    private String etunimi;

    // lawful: personal user.name
    private String sukunimi;

    // lawful: personal user.contact.email
    private String sahkoposti;

    // lawful: personal user.demographic.language
    private String kieliKoodi;

    // lawful: personal user.authorization.credentials
    private String salaisuus;

    // lawful: not-personal
    private LocalDateTime aikaleima;

    // lawful: link
    private String poistaja;

    // lawful: link
    private String luotuHenkiloOid;

    // lawful: not-personal
    private String saate;

    // lawful: not-personal
    private String tila;
}
