package signals.recordtiedtoperson;

public class Answer {
    private Patient patient; // silent: record-tied-to-person (the link, not a value)
    private String value; // fires: record-tied-to-person
}
