package signals.recordaboutperson;

/** A booking with a customer: a customer's records are of no one category. */
public class Appointment {
    private Customer customer; // silent: record-about-person (the link, not a value)
    private String note; // silent: record-about-person (a customer's records say nothing of their health)
}
