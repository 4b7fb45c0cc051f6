package se.exempel.kund;

/** Inställningar för utgående e-post. */
public class SmtpInstallningar {

    // lawful: not-personal
    private String vardnamn;

    // lawful: not-personal
    private int port;

    // lawful: not-personal
    private String anvandarnamn;

    // lawful: not-personal
    private String losenord;

    // lawful: not-personal
    private String avsandarAdress;

    // lawful: not-personal
    private boolean tls;
}
