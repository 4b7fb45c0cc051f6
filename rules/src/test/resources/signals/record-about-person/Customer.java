package signals.recordaboutperson;

public class Customer {
    private String name;
}
