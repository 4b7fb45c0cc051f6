package com.jalonom.webshop.support;

/**
 * A product complaint (Swedish: reklamation). Customers returning skin-care products may
 * describe an allergic reaction: health data, which the Jalonom policy (§6) never discloses.
 */
public class Reklamation {

    private String arendenummer;
    private String kundEpost;            // lawful: declared (yaml complaints)
    private String allergiBeskrivning;   // lawful: category-undisclosed (health)
    private String beskrivning;

    public String getArendenummer() {
        return arendenummer;
    }

    public String getKundEpost() {
        return kundEpost;
    }

    public String getAllergiBeskrivning() {
        return allergiBeskrivning;
    }

    public String getBeskrivning() {
        return beskrivning;
    }
}
