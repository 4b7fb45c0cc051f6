package se.acme.webbutik;

public class SmtpKonfiguration {

    // lawful: not-personal
    private String host;

    // lawful: not-personal
    private int port;

    // lawful: not-personal
    private String anvandarnamn;

    // lawful: not-personal
    private String losenord;

    // lawful: not-personal
    private String avsandare;
}
