package com.shop;

// Swedish: kund is a customer.
public record Kund(
        // lawful: personal user.name
        String namn,
        // lawful: personal user.contact.email
        String epost,
        // lawful: personal user.government_id
        String personnummer,
        // lawful: personal user.contact.address
        String fakturaAdress,
        // lawful: personal user.contact.address
        String gatuadress) {
}
