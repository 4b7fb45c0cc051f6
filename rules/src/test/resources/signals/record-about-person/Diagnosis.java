package signals.recordaboutperson;

public class Diagnosis {
    private Patient patient; // silent: record-about-person (the link, not a value)
    private String description; // fires: record-about-person
}
