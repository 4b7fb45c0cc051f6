package signals.personkey;

public class Order {
    private Long customerId; // fires: person-key
    private Long productId; // silent: person-key
}
