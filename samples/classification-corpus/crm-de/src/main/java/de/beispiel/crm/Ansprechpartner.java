package de.beispiel.crm;

/** Ansprechpartner bei einem Geschäftskunden. */
public class Ansprechpartner {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: not-personal
    private Firma firma;

    // lawful: personal user.demographic.gender
    private String anrede;

    // lawful: personal user.name.first
    private String vorname;

    // lawful: personal user.name.last
    private String nachname;

    // lawful: personal user.professional_information.job_title
    private String position;

    // lawful: personal user.contact.phone_number
    private String durchwahl;

    // lawful: personal user.contact.phone_number
    private String mobilnummer;

    // lawful: personal user.contact.email
    private String emailAdresse;

    // lawful: personal user.contact.social_url
    private String xingProfil;

    // lawful: not-personal
    private boolean hauptansprechpartner;
}
