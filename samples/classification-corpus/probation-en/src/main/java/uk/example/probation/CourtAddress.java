package uk.example.probation;

/** An address as the court's listing system spells it. */
public class CourtAddress {
    // lawful: personal user.contact.address.street
    private String line1;

    // lawful: personal user.contact.address.street
    private String line2;

    // lawful: personal user.contact.address.city
    private String town;

    // lawful: personal user.contact.address.postal_code
    private String postcode;
}
