package signals.namethingqualified;

public class Order {
    private String warehousePhone; // fires: name-thing-qualified
    private String customerName; // silent: name-thing-qualified
}
