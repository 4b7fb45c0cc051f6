package signals.linkpersontype;

public class Product {
    private String name;
}
