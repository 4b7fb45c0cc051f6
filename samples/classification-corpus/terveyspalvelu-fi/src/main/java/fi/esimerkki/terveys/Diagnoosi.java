package fi.esimerkki.terveys;

import java.time.LocalDate;

/** Potilaalle kirjattu diagnoosi. */
public class Diagnoosi {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private Potilas potilas;

    // lawful: personal user.health
    private String icd10Koodi;

    // lawful: personal user.health
    private String diagnoosinNimi;

    // lawful: not-personal
    private LocalDate kirjattu;

    // lawful: link
    private String kirjaaja;
}
