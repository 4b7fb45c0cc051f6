package org.example.languages;

/** A patient in a German record. */
public class Patientin {
    // expected: user.health
    private String diagnoseschluessel;
    // expected: user.health
    private String symptome;
    // expected: user.health
    private String behandlung;
    // expected: user.health
    private String ueberweisung;
    // expected: user.health
    private String rezept;
    // expected: user.health
    private String medikation;
    // expected: user.health
    private String blutdruck;
    // expected: user.health
    private String koerpergroesse;
    // expected: user.health
    private String gewicht;
    // expected: user.health
    private String schwangerschaftswoche;
    // expected: user.health
    private String psychischeErkrankung;
    // expected: user.health
    private String suchterkrankung;
    // expected: user.health
    private String krankschreibung;
    // expected: user.name
    private String hausarzt;
    // expected: user.health
    private String befundbericht;
    // expected: user.health
    private String entlassbrief;
    // expected: user.health
    private String laborbefund;
    // expected: user.health
    private String impfungen;
    // expected: user.health
    private String pflegebedarf;
    // expected: user.health
    private String hilfsmittel;
    // expected: user.financial.benefits
    private String sozialhilfe;
    // expected: user.health
    private String erwerbsminderungsrente;
    // expected: user.health
    private String arbeitsunfaehigkeitsbescheinigung;
}
