package signals.weakinperson;

public class Product {
    private String name; // silent: weak-in-person
}
