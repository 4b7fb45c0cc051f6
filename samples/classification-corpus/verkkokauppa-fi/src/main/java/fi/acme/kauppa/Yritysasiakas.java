package fi.acme.kauppa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A company that buys on invoice. */
@Entity
public class Yritysasiakas {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: not-personal
    private String yrityksenNimi;

    // lawful: not-personal
    private String ytunnus;

    // lawful: personal user.name
    private String yhteyshenkilo;

    // lawful: personal user.contact.email
    private String yhteyshenkilonSahkoposti;

    // lawful: personal user.contact.phone_number
    private String yhteyshenkilonPuhelin;

    // lawful: not-personal
    private String laskutusosoite;
}
