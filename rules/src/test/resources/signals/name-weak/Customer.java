package signals.nameweak;

public class Customer {
    private String name; // fires: name-weak
    private int quantity; // silent: name-weak
}
