package com.example.kund;

/** A customer, written in ISO-8859-1 (the build says so): Swedish and Finnish field names. */
public class Kund {

    private String födelsedatum;   // lawful: personal-data-undeclared (user.demographic.birth_date)
    private String henkilötunnus;  // lawful: personal-data-undeclared (national identity number)
    private String sähköposti;     // lawful: personal-data-undeclared (e-mail)
    private String ärendeNummer;   // lawful: not personal data
}
