package corpus.logs;

import corpus.model.Customer;

/** System.out, System.err and exception messages. */
public class Streams {

    public void printsAnEmail(Customer customer) {
        System.out.println("mail: " + customer.getEmail()); // expect: personal-data-in-log
    }

    public void printsACount(int count) {
        System.err.println("count " + count);
    }

    public Customer find(String email) {
        throw new IllegalArgumentException("no customer with e-mail " + email); // expect: personal-data-in-log
    }

    public void literalMessage(Customer customer) {
        if (customer.getEmail() == null) {
            throw new IllegalStateException("customer without e-mail");
        }
    }

    public void healthInAMessage(Customer customer) {
        throw new IllegalStateException("cannot treat " + customer.getHealthCondition()); // expect: personal-data-in-log
    }
}
