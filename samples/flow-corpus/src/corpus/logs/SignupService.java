package corpus.logs;

import corpus.model.Account;
import corpus.model.Customer;
import corpus.model.Member;
import corpus.model.Patient;
import corpus.model.Product;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** SLF4J: the `expect:` comment on a line names the findings expected there; a line without one expects none. */
public class SignupService {

    private static final Logger log = LoggerFactory.getLogger(SignupService.class);

    public void placeholder(Customer customer) {
        log.info("Signup {}", customer.getEmail()); // expect: personal-data-in-log
    }

    public void throughALocal(Customer customer) {
        String message = "Signup of " + customer.getEmail();
        log.debug(message); // expect: personal-data-in-log
    }

    public void format(Customer customer) {
        log.warn(String.format("user %s", customer.getPhoneNumber())); // expect: personal-data-in-log
    }

    public void builder(Customer customer) {
        StringBuilder line = new StringBuilder("name=");
        line.append(customer.getFirstName()).append(' ').append(customer.getLastName());
        log.info(line.toString()); // expect: personal-data-in-log
    }

    public void masked(Customer customer) {
        log.info("mail {}", maskEmail(customer.getEmail()));
    }

    public void hashed(Customer customer) {
        log.info("mail hash {}", DigestUtils.sha256Hex(customer.getEmail()));
    }

    public void booleanOfAnEmail(Customer customer) {
        boolean hasEmail = customer.getEmail() != null;
        log.info("has e-mail: {}", hasEmail);
    }

    public void lengthOfAnEmail(Customer customer) {
        log.info("e-mail length {}", customer.getEmail().length());
    }

    public void namesTheFieldNotTheValue(Customer customer) {
        log.info("email updated for a customer");
    }

    public void keyOfAPerson(Customer customer) {
        log.info("customer {} signed up", customer.getId()); // expect: personal-data-in-log
    }

    public void recordPrintsItsComponents(Patient patient) {
        log.info("patient {}", patient); // expect: personal-data-in-log
    }

    public void recordAccessor(Patient patient) {
        log.info("patient {}", patient.fullName()); // expect: personal-data-in-log
    }

    public void objectWithoutToString(Customer customer) {
        log.info("customer {}", customer);
    }

    public void lombokData(Member member) {
        log.info("member {}", member); // expect: personal-data-in-log
    }

    public void handWrittenToString(Account account) {
        log.info("account {}", account); // expect: personal-data-in-log
    }

    public void parameterByName(String email) {
        log.info("login {}", email); // expect: personal-data-in-log
    }

    public void parameterNotPersonal(String query) {
        log.info("search {}", query);
    }

    public void productName(Product product) {
        log.info("product {} {}", product.getName(), product.getSku());
    }

    public void password(Customer customer) {
        log.debug("password {}", customer.getPassword()); // expect: personal-data-in-log
    }

    public void collection(List<Customer> customers) {
        List<String> emails = new ArrayList<>();
        for (Customer customer : customers) {
            emails.add(customer.getEmail());
        }
        log.info("mailing {}", emails); // expect: personal-data-in-log
    }

    public void throughAPrivateMethod(Customer customer) {
        log.info(describe(customer)); // expect: personal-data-in-log
    }

    public void intoAPrivateSink(Customer customer) {
        audit(customer.getPersonnummer());
    }

    private void audit(String value) {
        log.info("audit {}", value); // expect: personal-data-in-log
    }

    private String describe(Customer customer) {
        return "customer " + customer.getEmail();
    }

    private static String maskEmail(String email) {
        return email.charAt(0) + "***";
    }
}
