package de.beispiel.crm;

/** Filiale des Unternehmens. */
public class Filiale {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String bezeichnung;

    // lawful: not-personal
    private String anschrift;

    // lawful: not-personal
    private String ort;

    // lawful: not-personal
    private String standort;

    // lawful: not-personal
    private String telefon;

    // lawful: personal user.name
    private String filialleiterName;
}
