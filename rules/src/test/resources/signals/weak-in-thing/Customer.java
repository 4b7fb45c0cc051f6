package signals.weakinthing;

public class Customer {
    private String name; // silent: weak-in-thing
}
