package fi.esimerkki.oppija;

/** Järjestelmän sähköpostipalvelimen asetukset. */
public class SahkopostiAsetukset {
    // lawful: not-personal
    private String lahettajanOsoite;

    // lawful: not-personal
    private String palvelin;

    // lawful: not-personal
    private int portti;

    // lawful: not-personal
    private String kayttajatunnus;

    // lawful: not-personal
    private String salasana;
}
