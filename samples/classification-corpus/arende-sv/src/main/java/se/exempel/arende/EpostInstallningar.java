package se.exempel.arende;

/** Avsändarinställningar för e-post från e-tjänsten. */
public class EpostInstallningar {
    // lawful: not-personal
    private String avsandareEpost;

    // lawful: not-personal
    private String avsandareNamn;

    // lawful: not-personal
    private String smtpServer;

    // lawful: not-personal
    private String losenord;
}
