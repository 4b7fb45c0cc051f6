package signals.personnamedreference;

public class Identifier {
    private String value;
}
