package com.nordshop;

import java.math.BigDecimal;

/** A product in the catalogue, Swedish and Finnish texts side by side. */
public class Product {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String namn;

    // lawful: not-personal
    private String nimi;

    // lawful: not-personal
    private String artikelnr;

    // lawful: not-personal
    private String ean;

    // lawful: not-personal
    private BigDecimal pris;

    // lawful: not-personal
    private int lagersaldo;

    // lawful: not-personal
    private double vikt;

    // lawful: not-personal
    private double langd;

    // lawful: not-personal
    private String farg;

    // lawful: not-personal
    private String tillverkare;

    // lawful: not-personal
    private String ursprungsland;

    // lawful: not-personal
    private String sortiment;
}
