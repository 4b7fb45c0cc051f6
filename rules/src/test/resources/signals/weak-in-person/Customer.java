package signals.weakinperson;

public class Customer {
    private String name; // fires: weak-in-person
}
