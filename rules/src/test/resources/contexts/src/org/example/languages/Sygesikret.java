package org.example.languages;

/** A citizen in a Danish health and social care record. */
public class Sygesikret {
    // expected: user.health
    private String diagnosekode;
    // expected: user.health
    private String symptomer;
    // expected: user.health
    private String behandling;
    // expected: user.health
    private String henvisning;
    // expected: user.health
    private String recept;
    // expected: user.health
    private String medicinliste;
    // expected: user.health
    private String blodtryk;
    // expected: user.health
    private String hoejde;
    // expected: user.health
    private String vaegt;
    // expected: user.health
    private String graviditet;
    // expected: user.health
    private String psykiskSygdom;
    // expected: user.health
    private String misbrug;
    // expected: user.health
    private String sygemelding;
    // expected: user.name
    private String egenLaege;
    // expected: user.health
    private String journalnotat;
    // expected: user.health
    private String epikrise;
    // expected: user.health
    private String proevesvar;
    // expected: user.health
    private String vaccinationer;
    // expected: user.health
    private String hjaelpemidler;
    // expected: user.financial.benefits
    private String kontanthjaelp;
    // expected: user.health
    private String foertidspension;
    // expected: user.health
    private String handicaptillaeg;
}
