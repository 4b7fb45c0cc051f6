package signals.linkpersontype;

public class Order {
    private Customer customer; // fires: link-person-type
    private Product product; // silent: link-person-type
}
