package com.jalonom.webshop.customer;

/** A postal address of a person (delivery or billing). Declared in lawful.yaml. */
public record Address(
        String street,           // lawful: declared (yaml customer-address)
        String postalCode,       // lawful: declared (yaml customer-address)
        String city,             // lawful: declared (yaml customer-address)
        String country) {        // lawful: declared (yaml customer-address)
}
