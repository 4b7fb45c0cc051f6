package no.eksempel.soknad;

public enum Kjonn {
    KVINNE, MANN, UKJENT
}
