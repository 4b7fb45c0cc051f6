package signals.personrecordkey;

public class Patient {
    private String hsaId; // fires: person-record-key
    private String hsaCode; // silent: person-record-key
}
