package signals.ownertechnical;

public class MailServerConfig {
    private String host; // fires: owner-technical
}
