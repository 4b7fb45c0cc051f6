package corpus.model;

/** Not personal data. */
public class Product {

    private String name;
    private String sku;

    public String getName() {
        return name;
    }

    public String getSku() {
        return sku;
    }
}
