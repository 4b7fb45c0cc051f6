package se.exempel.arende;

/** Kommunens kundtjänst (Kontakt Sundsvall-liknande): visas i utskick. */
public class Kundtjanst {
    // lawful: not-personal
    private String epost;

    // lawful: not-personal
    private String telefon;

    // lawful: not-personal
    private String oppettider;
}
