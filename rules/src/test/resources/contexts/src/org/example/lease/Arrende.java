package org.example.lease;

/** A lessee of the municipality's land: a person or an organisation. */
public class Arrendator {
    // expected: user.government_id.national_identification_number
    private String personOrgNr;
    // expected: user.name.last
    private String efternamn;
}

/** A land lease: the notice periods of the lessee and of the landlord are terms of the contract. */
class Arrendekontrakt {
    // expected: not personal
    private String uppsTidArrendator;
    // expected: not personal
    private String uppsTidHyresvard;
    // expected: user.name
    private String kontaktperson;
}
