package signals.ownerperson;

public class Product {
    private String note; // silent: owner-person
}
