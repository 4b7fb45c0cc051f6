package corpus.logs;

import corpus.model.Customer;
import java.util.logging.Level;
import lombok.extern.slf4j.Slf4j;

/** Lombok's @Slf4j gives the class a field log; java.util.logging beside it. */
@Slf4j
public class LombokLogged {

    private final java.util.logging.Logger jul = java.util.logging.Logger.getLogger("x");

    public void lombok(Customer customer) {
        log.info("phone {}", customer.getPhoneNumber()); // expect: personal-data-in-log
    }

    public void julLogger(Customer customer) {
        jul.log(Level.INFO, "name " + customer.getLastName()); // expect: personal-data-in-log
    }

    public void julWithoutData(Customer customer) {
        jul.info("a customer was updated");
    }
}
