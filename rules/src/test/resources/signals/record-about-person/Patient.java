package signals.recordaboutperson;

public class Patient {
    private String name;
    private java.util.List<Stay> stays;
}
