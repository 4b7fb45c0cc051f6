package signals.documentedperson;

/** Where tickets wait. */
public class Queue {
    private String reference; // silent: documented-person
}
