package signals.namestrong;

public class Customer {
    private String email; // fires: name-strong
    private String note; // silent: name-strong
}
