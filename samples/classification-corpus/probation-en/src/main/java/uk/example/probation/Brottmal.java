package uk.example.probation;

import java.time.LocalDate;

/** Ett brottmål i tingsrätten, som det kommer från domstolens ärendesystem. */
public class Brottmal {
    // lawful: not-personal
    private String malnummer;

    // lawful: not-personal
    private String domstol;

    // lawful: personal user.name
    private String tilltaladNamn;

    // lawful: personal user.government_id.national_identification_number
    private String tilltaladPersonnummer;

    // lawful: personal user.name
    private String vittneNamn;

    // lawful: personal user.criminal_history
    private String påföljd;

    // lawful: not-personal
    private LocalDate huvudforhandling;
}
