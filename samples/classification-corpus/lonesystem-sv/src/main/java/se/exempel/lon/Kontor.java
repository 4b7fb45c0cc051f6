package se.exempel.lon;

/** Företagets kontor, med position för kartan på intranätet. */
public class Kontor {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String namn;

    // lawful: not-personal
    private String gatuadress;

    // lawful: not-personal
    private String postnr;

    // lawful: not-personal
    private String postort;

    // lawful: not-personal
    private double lat;

    // lawful: not-personal
    private double lon;

    // lawful: not-personal
    private String vaxelnummer;
}
