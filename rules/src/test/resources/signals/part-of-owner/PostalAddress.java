package signals.partofowner;

public class PostalAddress {
    private String line1; // fires: part-of-owner
}
