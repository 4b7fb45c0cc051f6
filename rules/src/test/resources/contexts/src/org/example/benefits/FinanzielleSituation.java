package org.example.benefits;

import java.math.BigDecimal;

/** The financial situation an applicant declares: its amounts are the applicant's finances, whatever they are called. */
public class FinanzielleSituation {
    // expected: not personal
    private Long id;
    // expected: user.financial
    private BigDecimal nettolohn;
    // expected: user.financial
    private BigDecimal abzuege;
    // expected: user.financial
    private BigDecimal massgebendesEinkVorAbzFamGr;
    // expected: not personal
    private boolean steuerveranlagungErhalten;
}

/** The results computed from an applicant's financial situation: a result of it is the applicant's finances too. */
class FinanzielleSituationResultate {
    // expected: user.financial
    private BigDecimal geschaeftsgewinnDurchschnitt;
    // expected: user.financial
    private BigDecimal abzuegeBeiderGesuchsteller;
}

/** The result of a nightly import: its counts are the run's, about no one. */
class ImportErgebnis {
    // expected: not personal
    private BigDecimal dauerSekunden;
    // expected: not personal
    private int fehler;
}

/** A city office's configuration: its yes/no fields are settings, not anyone's choices. */
class OfficeSettings {
    // expected: not personal
    private boolean publicInd;
    // expected: not personal
    private boolean withinGracePeriod;
}
