package signals.linkpersonalrecord;

public class Product {
    private String name;
}
