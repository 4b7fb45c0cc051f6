package signals.nameaboutdata;

public class Customer {
    private String emailFormat; // fires: name-about-data
    private String email; // silent: name-about-data
}
