package fi.esimerkki.asiakas;

/** Lähtevän sähköpostin asetukset. */
public class SahkopostiAsetukset {

    // lawful: not-personal
    private String palvelin;

    // lawful: not-personal
    private int portti;

    // lawful: not-personal
    private String lahettajanOsoite;

    // lawful: not-personal
    private String viestipohja;

    // lawful: not-personal
    private boolean salaus;
}
