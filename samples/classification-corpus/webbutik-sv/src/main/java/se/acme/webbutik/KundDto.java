package se.acme.webbutik;

/** Vad kassan skickar till klienten. */
public record KundDto(
        // lawful: personal user.unique_id
        Long kundId,
        // lawful: personal user.name
        String kundNamn,
        // lawful: personal user.contact.email
        String kundEmail,
        // lawful: personal user.contact.phone_number
        String kundTelefon,
        // lawful: personal user.contact.address
        String leveransAdress,
        // lawful: personal user.contact.address
        String postnr,
        // lawful: personal user.contact.address
        String ort,
        // lawful: not-personal
        String orgnr) {
}
