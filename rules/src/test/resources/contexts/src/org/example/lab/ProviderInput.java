package org.example.lab;

/** An ordering provider as a form sends it: "provider" reads as technical, but a first and a last name are a person's. */
public class ProviderInput {
    // expected: user.name.first
    private String firstName;
    // expected: user.name.last
    private String lastName;
    // expected: user.contact.phone_number
    private String phone;
}

/** An identity provider's settings: "provider" is technical, and nothing in them is a person's. */
class IdentityProviderInput {
    // expected: not personal
    private String issuerUrl;
    // expected: not personal
    private String clientId;
    // expected: not personal
    private String displayName;
}
