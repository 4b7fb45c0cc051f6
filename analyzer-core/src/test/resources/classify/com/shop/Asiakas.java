package com.shop;

// Finnish: asiakas is a customer.
public class Asiakas {

    // lawful: personal user.name
    private String nimi;

    // lawful: personal user.contact.email
    private String sahkoposti;

    // lawful: personal user.government_id
    private String henkilötunnus;

    // lawful: personal user.contact.address
    private String osoite;

    // lawful: not-personal
    private String tuotteenNimi;
}
