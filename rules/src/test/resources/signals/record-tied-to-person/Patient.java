package signals.recordtiedtoperson;

public class Patient {
    private String name;
}
