package com.shop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Checkout {
    private static final Logger LOG = LoggerFactory.getLogger(Checkout.class);
    private static final org.apache.log4j.Logger AUDIT = org.apache.log4j.Logger.getLogger("audit");
    private final OrderRepository repository;

    public long place(Customer customer, Order order) {
        String greeting, email; // kept: a variable of a declaration with two declarators reaches the sink
        int attempts = 0; // blanked: nothing reaches a sink through it
        email = customer.getEmail(); // kept: sets what the sink logs
        StringBuilder line = new StringBuilder(); // kept: declares what the sink logs
        line.append(email); // kept: a mutator puts the e-mail into the builder
        line.length(); // blanked: reads the builder, sets nothing
        this.repository.save(order); // blanked: an own field's call that reaches no sink
        Sheet OutputSheet = open(order); // kept: a capitalised local the sink names
        if (order.isPaid()) { // condition blanked: nothing in it is needed
            attempts++; // blanked: an increment of a variable no sink reads
        }
        for (Item item : order.getItems()) { // header blanked: the loop variable reaches no sink
            item.reserve(); // blanked: reaches no sink
        }
        LOG.info("order by {} on {}", line, OutputSheet); // kept: a sink call
        audit(customer); // kept: calls an own method that reaches a sink
        return order.getId(); // value blanked: nobody in the file calls place
    }

    private void audit(Customer customer) {
        String name = describe(customer); // kept: what the private method gives back reaches the sink
        AUDIT.fatal(name); // kept: a logger typed by its qualified name, without an import
        java.util.logging.Logger.getLogger("jul").severe(name); // kept: a logger named with its package inline
    }

    private String describe(Customer customer) {
        String full = customer.getFirstName() + " " + customer.getLastName(); // kept: the private method's result
        String unused = customer.getPhone(); // blanked: not given back
        if (full.isEmpty()) return "?"; // kept: a return inside an if
        return full; // kept: the result of a private method matters
    }
}
