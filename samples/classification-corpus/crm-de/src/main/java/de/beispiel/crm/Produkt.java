package de.beispiel.crm;

import java.math.BigDecimal;

/** Artikel aus dem Katalog. */
public class Produkt {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String artikelnummer;

    // lawful: not-personal
    private String beschreibung;

    // lawful: not-personal
    private String hersteller;

    // lawful: not-personal
    private BigDecimal preis;

    // lawful: not-personal
    private String herkunftsland;

    // lawful: not-personal
    private double gewicht;
}
