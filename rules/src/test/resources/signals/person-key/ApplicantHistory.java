package signals.personkey;

public class ApplicantHistory {
    private Integer applId; // fires: person-key
    private Integer apId; // silent: person-key
}
