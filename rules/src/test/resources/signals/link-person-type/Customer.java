package signals.linkpersontype;

public class Customer {
    private String email;
    private String name;
}
