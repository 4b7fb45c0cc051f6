package fi.esimerkki.terveys;

/** Tekstiviesti- ja sähköpostimuistutusten asetukset. */
public class ViestiAsetukset {

    // lawful: not-personal
    private String smtpPalvelin;

    // lawful: not-personal
    private int porttinumero;

    // lawful: not-personal
    private String lahettajanOsoite;

    // lawful: not-personal
    private String tekstiviestiPalvelunOsoite;

    // lawful: not-personal
    private String muistutusviestinPohja;

    // lawful: not-personal
    private int muistutusTuntiaEnnen;

    // lawful: not-personal
    private String lokitaso;
}
