package signals.personrecordvalue;

public class Person {
    private String motto; // fires: person-record-value
    private String email; // silent: person-record-value (a pattern names it)
}
