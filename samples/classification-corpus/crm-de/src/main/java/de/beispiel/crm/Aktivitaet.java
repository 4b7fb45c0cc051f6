package de.beispiel.crm;

import java.time.LocalDateTime;

/** Anruf, Termin oder E-Mail in der Kontakthistorie. */
public class Aktivitaet {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private Kunde kunde;

    // lawful: link
    private Mitarbeiter bearbeiter;

    // lawful: not-personal
    private String typ;

    // lawful: not-personal
    private String betreff;

    // lawful: not-personal
    private LocalDateTime faelligAm;

    // lawful: not-personal
    private boolean erledigt;

    // lawful: link
    private String erstelltVon;
}
