package se.exempel.kund;

import java.math.BigDecimal;

public class Produkt {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String namn;

    // lawful: not-personal
    private String beskrivning;

    // lawful: not-personal
    private String artikelnummer;

    // lawful: not-personal
    private BigDecimal pris;

    // lawful: not-personal
    private String kategori;

    // lawful: not-personal
    private String tillverkare;
}
