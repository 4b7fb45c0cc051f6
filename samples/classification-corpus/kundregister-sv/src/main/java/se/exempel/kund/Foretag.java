package se.exempel.kund;

/** En företagskund. */
public class Foretag {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String namn;

    // lawful: not-personal
    private String organisationsnummer;

    // lawful: not-personal
    private String besoksadress;

    // lawful: not-personal
    private String vaxelnummer;

    // lawful: personal user.name
    private String kontaktpersonNamn;

    // lawful: personal user.contact.email
    private String kontaktpersonEpost;

    // lawful: personal user.contact.phone_number
    private String kontaktpersonTelefon;
}
