package fi.esimerkki.asiakas;

/** Yritysasiakas. */
public class Yritys {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String nimi;

    // lawful: not-personal
    private String ytunnus;

    // lawful: not-personal
    private String osoite;

    // lawful: not-personal
    private String puhelinvaihde;

    // lawful: personal user.name
    private String yhteyshenkilonNimi;

    // lawful: personal user.contact.email
    private String yhteyshenkilonSahkoposti;

    // lawful: personal user.contact.phone_number
    private String yhteyshenkilonPuhelin;
}
