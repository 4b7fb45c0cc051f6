package uk.example.probation;

/** Eine Strafsache am Amtsgericht, wie sie das Fachverfahren liefert. */
public class Strafsache {
    // lawful: not-personal
    private String aktenzeichen;

    // lawful: personal user.name.last
    private String angeklagterNachname;

    // lawful: personal user.name.first
    private String angeklagterVorname;

    // lawful: personal user.demographic.date_of_birth
    private String angeklagterGeburtsdatum;

    // lawful: personal user.criminal_history
    private boolean bewaehrung;

    // lawful: not-personal
    private String gericht;
}
