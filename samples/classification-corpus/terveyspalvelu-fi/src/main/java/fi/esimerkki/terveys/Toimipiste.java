package fi.esimerkki.terveys;

/** Terveysasema tai muu kunnan toimipiste. */
public class Toimipiste {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String nimi;

    // lawful: not-personal
    private String katuosoite;

    // lawful: not-personal
    private String postinumero;

    // lawful: not-personal
    private String postitoimipaikka;

    // lawful: not-personal
    private String puhelinnumero;

    // lawful: not-personal
    private String sahkoposti;

    // lawful: not-personal
    private String aukioloajat;

    // lawful: not-personal
    private String kunta;

    // lawful: personal user.name
    private String yhteyshenkilonNimi;

    // lawful: personal user.contact.phone_number
    private String yhteyshenkilonPuhelin;
}
