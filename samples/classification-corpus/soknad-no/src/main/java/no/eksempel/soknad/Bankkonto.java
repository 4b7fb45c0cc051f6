package no.eksempel.soknad;

public record Bankkonto(
        // lawful: personal user.financial.bank_account
        String kontonummer,
        // lawful: not-personal
        String banknavn) {
}
