package fi.esimerkki.asiakas;

public class Osasto {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String nimi;

    // lawful: not-personal
    private String osoite;

    // lawful: not-personal
    private String kustannuspaikka;
}
