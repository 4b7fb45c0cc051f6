package de.beispiel.crm;

/** Vertriebsmitarbeiter, die das CRM benutzen. */
public class Mitarbeiter {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.unique_id
    private String personalnummer;

    // lawful: personal user.account.username
    private String benutzername;

    // lawful: personal user.authorization.credentials
    private String passwortHash;

    // lawful: personal user.name.first
    private String vorname;

    // lawful: personal user.name.last
    private String nachname;

    // lawful: personal user.contact.email
    private String email;

    // lawful: personal user.contact.phone_number
    private String telefon;

    // lawful: not-personal
    private String rolle;

    // lawful: not-personal
    private String abteilung;

    // lawful: not-personal
    private boolean gesperrt;
}
