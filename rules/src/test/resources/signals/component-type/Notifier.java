package signals.componenttype;

public class Notifier {
    private UserRepository users; // fires: component-type
    private Address address; // silent: component-type
}
