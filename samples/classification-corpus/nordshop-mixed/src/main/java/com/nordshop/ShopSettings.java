package com.nordshop;

/** Shop-wide settings. */
public class ShopSettings {

    // lawful: not-personal
    private String butiksnamn;

    // lawful: not-personal
    private String orgnr;

    // lawful: not-personal
    private String momsregnr;

    // lawful: not-personal
    private String bankgiro;

    // lawful: not-personal
    private String supportEpost;

    // lawful: not-personal
    private String supportTelefon;

    // lawful: not-personal
    private String smtpHost;

    // lawful: not-personal
    private int smtpPort;

    // lawful: not-personal
    private String reportDir;

    // lawful: not-personal
    private String defaultSort;

    // lawful: not-personal
    private String hotelPartnerUrl;
}
