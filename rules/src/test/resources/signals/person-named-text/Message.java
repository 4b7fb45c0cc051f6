package signals.personnamedtext;

public class Message {
    private String recipient; // fires: person-named-text
    private String subject; // silent: person-named-text
}
