package signals.weakinthing;

public class Product {
    private String name; // fires: weak-in-thing
}
