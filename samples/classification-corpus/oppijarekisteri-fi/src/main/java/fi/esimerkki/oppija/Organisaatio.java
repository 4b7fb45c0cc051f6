package fi.esimerkki.oppija;

/** Oppilaitos tai muu organisaatio. */
public class Organisaatio {
    // lawful: not-personal
    private String oid;

    // lawful: not-personal
    private String nimi;

    // lawful: not-personal
    private String ytunnus;

    // lawful: not-personal
    private String kotipaikka;

    // lawful: not-personal
    private String puhelinnumero;

    // lawful: not-personal
    private String sahkoposti;

    // lawful: not-personal
    private String postiosoite;
}
