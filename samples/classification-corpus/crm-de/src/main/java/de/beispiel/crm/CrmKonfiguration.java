package de.beispiel.crm;

/** Technische Einstellungen des CRM. */
public class CrmKonfiguration {

    // lawful: not-personal
    private String smtpHost;

    // lawful: not-personal
    private int smtpPort;

    // lawful: not-personal
    private String absenderAdresse;

    // lawful: not-personal
    private String exportVerzeichnis;

    // lawful: not-personal
    private String berichtVorlage;

    // lawful: not-personal
    private String sortierung;

    // lawful: not-personal
    private String datumsformat;
}
