package se.exempel.lon;

/** Inställningar för lönekörningen och rapportexporten. */
public class LonekorningInstallningar {

    // lawful: not-personal
    private String exportKatalog;

    // lawful: not-personal
    private String rapportmall;

    // lawful: not-personal
    private String sorteringsordning;

    // lawful: not-personal
    private int sftpPort;

    // lawful: not-personal
    private String sftpAnvandare;

    // lawful: not-personal
    private String sftpLosenordNyckel;

    // lawful: not-personal
    private String avsandareEpost;

    // lawful: not-personal
    private boolean skickaLonebeskedViaMejl;

    // lawful: not-personal
    private String bankfilFormat;
}
