package signals.linkpersonalrecord;

public class Address {
    private String street;
    private String city;
}
