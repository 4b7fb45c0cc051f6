package se.acme.webbutik;

public record ButikPosition(
        // lawful: not-personal
        double lat,
        // lawful: not-personal
        double lon) {
}
