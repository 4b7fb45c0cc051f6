package signals.partofowner;

public class Customer {
    private String line1; // silent: part-of-owner
}
