package com.nordshop;

/** Checkout form of the Finnish site. */
public class AsiakasDto {

    // lawful: personal user.name.first
    private String etunimi;

    // lawful: personal user.name.last
    private String sukunimi;

    // lawful: personal user.contact.email
    private String sahkoposti;

    // lawful: personal user.contact.phone_number
    private String gsm;

    // lawful: personal user.contact.address
    private String lahiosoite;

    // lawful: personal user.contact.address.postal_code
    private String postinro;

    // lawful: personal user.contact.address.city
    private String postitoimipaikka;

    // lawful: personal user.contact.address
    private String laskutusosoite;

    // lawful: personal user.privacy_preferences
    private boolean markkinointilupa;

    // lawful: not-personal
    private String toimitustapa;
}
