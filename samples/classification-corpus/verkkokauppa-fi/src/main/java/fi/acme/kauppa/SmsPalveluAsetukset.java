package fi.acme.kauppa;

public class SmsPalveluAsetukset {

    // lawful: not-personal
    private String palvelinUrl;

    // lawful: not-personal
    private String kayttajatunnus;

    // lawful: not-personal
    private String salasana;

    // lawful: not-personal
    private String lahettajanNimi;
}
