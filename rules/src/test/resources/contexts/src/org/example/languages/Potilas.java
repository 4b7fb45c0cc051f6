package org.example.languages;

/** A patient in a Finnish record. */
public class Potilas {
    // expected: user.health
    private String diagnoosikoodi;
    // expected: user.health
    private String oireet;
    // expected: user.health
    private String hoito;
    // expected: user.health
    private String hoitojakso;
    // expected: user.health
    private String lahete;
    // expected: user.health
    private String laakemaarays;
    // expected: user.health
    private String rokotukset;
    // expected: user.health
    private String verenpaine;
    // expected: user.health
    private String pituus;
    // expected: user.health
    private String paino;
    // expected: user.health
    private String raskausviikot;
    // expected: user.health
    private String mielenterveys;
    // expected: user.health
    private String paihteet;
    // expected: user.health
    private String kotihoito;
    // expected: user.name
    private String omalaakari;
    // expected: user.health
    private String kuntoutus;
    // expected: user.health
    private String tutkimustulos;
    // expected: user.health
    private String laboratoriotulokset;
    // expected: user.health
    private String sairauskertomus;
    // expected: user.health
    private String allergiat;
    // expected: user.health
    private String erityisruokavalio;
    // expected: user.health
    private String apuvalineet;
    // expected: user.health
    private String toimintakyky;
    // expected: user.financial.benefits
    private String toimeentulotuki;
}
