package se.exempel.lon;

import java.time.LocalDate;

/** En sjukskrivningsperiod. */
public class Sjukfranvaro {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private Anstalld anstalld;

    // lawful: not-personal
    private LocalDate fromDatum;

    // lawful: not-personal
    private LocalDate tomDatum;

    // lawful: not-personal
    private int omfattningProcent;

    // lawful: personal user.health
    private String diagnos;

    // lawful: not-personal
    private boolean lakarintygInlamnat;

    // lawful: personal user.health
    private String sjukdom;

    // lawful: not-personal
    private String registreradVia;
}
