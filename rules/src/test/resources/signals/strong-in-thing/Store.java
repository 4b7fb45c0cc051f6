package signals.stronginthing;

public class Store {
    private String phone; // fires: strong-in-thing
    private String ipAddress; // silent: strong-in-thing (only a person has an IP address)
}
