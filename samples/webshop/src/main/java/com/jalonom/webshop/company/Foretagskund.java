package com.jalonom.webshop.company;

/**
 * A company customer (Swedish: företagskund). The company identifiers are not personal
 * data; the contact person's name, e-mail and phone are. Declared in lawful.yaml.
 */
public class Foretagskund {

    private String foretagsnamn;
    private String organisationsnummer;
    private String ytunnus;
    private String lei;
    private String kontaktpersonNamn;    // lawful: declared (yaml company-contact)
    private String kontaktpersonEpost;   // lawful: declared (yaml company-contact)
    private String kontaktpersonTelefon; // lawful: declared (yaml company-contact)

    public String getForetagsnamn() {
        return foretagsnamn;
    }

    public String getOrganisationsnummer() {
        return organisationsnummer;
    }

    public String getYtunnus() {
        return ytunnus;
    }

    public String getLei() {
        return lei;
    }

    public String getKontaktpersonNamn() {
        return kontaktpersonNamn;
    }

    public String getKontaktpersonEpost() {
        return kontaktpersonEpost;
    }

    public String getKontaktpersonTelefon() {
        return kontaktpersonTelefon;
    }
}
