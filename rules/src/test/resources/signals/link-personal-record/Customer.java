package signals.linkpersonalrecord;

public class Customer {
    private Address address; // fires: link-personal-record
    private Product favourite; // silent: link-personal-record
}
