package signals.yesnoflag;

public class Customer {
    private boolean hasEmail; // fires: yes-no-flag
    private String email; // silent: yes-no-flag
    private boolean marketingConsent; // silent: yes-no-flag (a consent is a yes or a no)
}
