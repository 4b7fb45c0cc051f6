package com.example.bank;

public record PostalAddress(
        // lawful: personal user.contact.address
        String line1,
        // lawful: personal user.contact.address
        String line2,
        // lawful: personal user.contact.address
        String postcode,
        // lawful: personal user.contact.address
        String town,
        // lawful: personal user.contact.address
        String countryCode) {
}
