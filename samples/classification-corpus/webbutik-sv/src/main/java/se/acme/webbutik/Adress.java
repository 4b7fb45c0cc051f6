package se.acme.webbutik;

import jakarta.persistence.Embeddable;

@Embeddable
public record Adress(
        // lawful: personal user.contact.address
        String gatuadress,
        // lawful: personal user.contact.address
        String careOf,
        // lawful: personal user.contact.address
        String postnummer,
        // lawful: personal user.contact.address
        String ort,
        // lawful: personal user.contact.address
        String land) {
}
