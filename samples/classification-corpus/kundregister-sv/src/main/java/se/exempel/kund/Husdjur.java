package se.exempel.kund;

import java.time.LocalDate;

/** Ett husdjur i veterinärregistret. */
public class Husdjur {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String namn;

    // lawful: not-personal
    private LocalDate fodelsedatum;

    // lawful: not-personal
    private String ras;

    // lawful: not-personal
    private String kon;

    // lawful: link
    private Kund agare;
}
