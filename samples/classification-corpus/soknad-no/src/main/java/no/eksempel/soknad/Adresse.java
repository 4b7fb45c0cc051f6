package no.eksempel.soknad;

public record Adresse(
        // lawful: personal user.contact.address
        String adresselinje1,
        // lawful: personal user.contact.address
        String postnummer,
        // lawful: personal user.contact.address
        String poststed,
        // lawful: personal user.contact.address
        String land,
        // lawful: not-personal
        String adressetype) {
}
