package signals.namepersonqualified;

public class Order {
    private String customerEmail; // fires: name-person-qualified
    private String email; // silent: name-person-qualified
}
