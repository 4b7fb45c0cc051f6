package de.beispiel.crm;

import java.util.List;

/** Geschäftskunde (juristische Person). */
public class Firma {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String firmenname;

    // lawful: not-personal
    private String rechtsform;

    // lawful: not-personal
    private String ustIdNr;

    // lawful: not-personal
    private String handelsregisternummer;

    // lawful: not-personal
    private String strasse;

    // lawful: not-personal
    private String plz;

    // lawful: not-personal
    private String ort;

    // lawful: not-personal
    private String telefonZentrale;

    // lawful: not-personal
    private String webseite;

    // lawful: not-personal
    private String branche;

    // lawful: link
    private List<Ansprechpartner> ansprechpartner;
}
