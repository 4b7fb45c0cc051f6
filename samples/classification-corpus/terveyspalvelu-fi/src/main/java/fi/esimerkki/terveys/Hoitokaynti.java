package fi.esimerkki.terveys;

import java.time.LocalDateTime;

/** Potilaan käynti vastaanotolla. */
public class Hoitokaynti {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private Potilas potilas;

    // lawful: link
    private Tyontekija hoitaja;

    // lawful: not-personal
    private Toimipiste toimipiste;

    // lawful: not-personal
    private LocalDateTime kayntiaika;

    // lawful: personal user.health
    private String kaynninSyy;

    // lawful: personal user.health
    private String laakemaarays;

    // lawful: personal user.health
    private String sairausloma;

    // lawful: personal user.contact.phone_number
    private String yhteyspuhelin;

    // lawful: not-personal
    private String tila;

    // lawful: not-personal
    private int kestoMinuutteina;
}
