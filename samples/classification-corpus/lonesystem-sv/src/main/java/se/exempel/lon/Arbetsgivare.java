package se.exempel.lon;

/** Arbetsgivarens uppgifter för arbetsgivardeklarationen. */
public class Arbetsgivare {

    // lawful: not-personal
    private String foretagsnamn;

    // lawful: not-personal
    private String orgnr;

    // lawful: not-personal
    private String momsregnr;

    // lawful: not-personal
    private String bankgiro;

    // lawful: not-personal
    private String plusgiro;

    // lawful: personal user.name
    private String kontaktpersonNamn;

    // lawful: personal user.contact.phone_number
    private String kontaktpersonTelefon;

    // lawful: not-personal
    private String sniKod;
}
