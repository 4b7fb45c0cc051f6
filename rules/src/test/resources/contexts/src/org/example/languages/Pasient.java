package org.example.languages;

/** A patient in a Norwegian record. */
public class Pasient {
    // expected: user.health
    private String diagnosekode;
    // expected: user.health
    private String symptomer;
    // expected: user.health
    private String behandling;
    // expected: user.health
    private String henvisning;
    // expected: user.health
    private String resept;
    // expected: user.health
    private String legemidler;
    // expected: user.health
    private String blodtrykk;
    // expected: user.health
    private String hoyde;
    // expected: user.health
    private String vekt;
    // expected: user.health
    private String graviditet;
    // expected: user.health
    private String psykiskHelse;
    // expected: user.health
    private String rusmisbruk;
    // expected: user.health
    private String sykmelding;
    // expected: user.name
    private String fastlege;
    // expected: user.health
    private String journalnotat;
    // expected: user.health
    private String epikrise;
    // expected: user.health
    private String provesvar;
    // expected: user.health
    private String vaksiner;
    // expected: user.health
    private String funksjonsnivaa;
    // expected: user.health
    private String hjelpemidler;
    // expected: user.financial.benefits
    private String sosialhjelp;
    // expected: user.health
    private String uforetrygd;
    // expected: user.financial.benefits
    private String arbeidsavklaringspenger;
}
