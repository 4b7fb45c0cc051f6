package signals.recordaboutperson;

public class Patient {
    private String name;
}
