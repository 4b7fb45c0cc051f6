package fi.acme.kauppa;

public record AsiakasDto(
        // lawful: personal user.unique_id
        Long asiakasId,
        // lawful: personal user.name
        String nimi,
        // lawful: personal user.contact.email
        String email,
        // lawful: personal user.contact.phone_number
        String puhelinnumero,
        // lawful: personal user.government_id
        String hetu,
        // lawful: personal user.demographic.language
        String kieli) {
}
