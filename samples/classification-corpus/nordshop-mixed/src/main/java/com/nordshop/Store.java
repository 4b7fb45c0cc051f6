package com.nordshop;

/** A physical store, shown on the store finder map. */
public class Store {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String namn;

    // lawful: not-personal
    private String adress;

    // lawful: not-personal
    private String postnr;

    // lawful: not-personal
    private String ort;

    // lawful: not-personal
    private String telefon;

    // lawful: not-personal
    private String epost;

    // lawful: not-personal
    private double lat;

    // lawful: not-personal
    private double lon;

    // lawful: not-personal
    private String oppettider;

    // lawful: personal user.name
    private String butikschef;
}
