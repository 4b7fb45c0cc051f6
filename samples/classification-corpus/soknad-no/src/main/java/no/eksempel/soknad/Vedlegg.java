package no.eksempel.soknad;

public record Vedlegg(
        // lawful: not-personal
        String uuid,
        // lawful: not-personal
        String filnavn,
        // lawful: not-personal
        String innsendingstype,
        // lawful: not-personal
        String beskrivelse,
        // lawful: not-personal
        long storrelse) {
}
