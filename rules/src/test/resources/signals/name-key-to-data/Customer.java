package signals.namekeytodata;

public class Customer {
    private Long phoneEntryId; // fires: name-key-to-data
    private String phone; // silent: name-key-to-data
}
