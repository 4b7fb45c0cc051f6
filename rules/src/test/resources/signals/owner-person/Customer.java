package signals.ownerperson;

public class Customer {
    private String note; // fires: owner-person
}
