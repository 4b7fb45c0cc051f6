package org.example.languages;

/** A care recipient in a Swedish record. */
public class Vardtagare {
    // expected: user.health
    private String diagnoskod;
    // expected: user.health
    private String symtom;
    // expected: user.health
    private String behandling;
    // expected: user.health
    private String remiss;
    // expected: user.health
    private String recept;
    // expected: user.health
    private String lakemedelslista;
    // expected: user.health
    private String blodtryck;
    // expected: user.health
    private String langd;
    // expected: user.health
    private String vikt;
    // expected: user.health
    private String graviditetsvecka;
    // expected: user.health
    private String psykiskOhalsa;
    // expected: user.health
    private String missbruk;
    // expected: user.health
    private String sjukskrivning;
    // expected: user.name
    private String fastLakare;
    // expected: user.health
    private String journalanteckning;
    // expected: user.health
    private String epikris;
    // expected: user.health
    private String provsvar;
    // expected: user.health
    private String vaccinationer;
    // expected: user.health
    private String hjalpmedel;
    // expected: user.financial.benefits
    private String forsorjningsstod;
    // expected: user.financial.benefits
    private String ekonomisktBistand;
    // expected: user.health
    private String lss;
    // expected: user.health
    private String hemtjanst;
    // expected: user.health
    private String sjukersattning;
    // expected: user.health
    private String aktivitetsersattning;
}
