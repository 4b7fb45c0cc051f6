package signals.componenttype;

public class Address {
    private String street;
    private String city;
}
