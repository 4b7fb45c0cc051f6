package org.example.registry;

/** An address with a builder nested in it: the builder's fields are the address's. */
public class PostboksAdresse {
    // expected: user.contact.address
    private String postboks;

    public static class PostboksAdresseBuilder {
        // expected: user.contact.address
        private String postboks;
        // expected: user.contact.address.postal_code
        private String postnummer;
    }
}
