package fi.esimerkki.terveys;

/** Alaikäisen potilaan huoltaja. */
public class Huoltaja {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: link
    private Potilas potilas;

    // lawful: personal user.name
    private String nimi;

    // lawful: personal user.government_id.national_identification_number
    private String henkilotunnus;

    // lawful: personal user.contact.phone_number
    private String puhelin;

    // lawful: personal user.contact.email
    private String sahkopostiosoite;

    // lawful: not-personal
    private boolean paahuoltaja;
}
