package signals.ownertechnical;

public class Customer {
    private String host; // silent: owner-technical
}
