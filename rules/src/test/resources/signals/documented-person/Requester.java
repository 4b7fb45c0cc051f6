package signals.documentedperson;

/** The person who opened a support ticket. */
public class Requester {
    private String reference; // fires: documented-person
}
