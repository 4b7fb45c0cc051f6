package no.eksempel.soknad;

public record Kommune(
        // lawful: not-personal
        String kommunenummer,
        // lawful: not-personal
        String kommunenavn,
        // lawful: not-personal
        String fylke) {
}
