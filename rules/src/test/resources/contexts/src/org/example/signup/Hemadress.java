package org.example.signup;

// A home address and its builder (as delombok writes one): the builder holds the address's
// fields, so it is read like the address.
public class Hemadress {

    // expected: user.contact.address.street
    private String gatuadress;

    // expected: user.contact.address.postal_code
    private String postnummer;

    // expected: not personal
    private boolean verifierad;

    public static class HemadressBuilder {

        // expected: user.contact.address.street
        private String gatuadress;

        // expected: user.contact.address.postal_code
        private String postnummer;
    }
}
