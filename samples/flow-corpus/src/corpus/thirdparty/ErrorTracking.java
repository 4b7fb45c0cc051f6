package corpus.thirdparty;

import corpus.model.Customer;
import io.sentry.Sentry;
import io.sentry.protocol.User;

/** Sentry is declared for e-mail addresses and ids, without a transfer safeguard (US). */
public class ErrorTracking {

    public void setUser(Customer customer) {
        User user = new User();
        user.setEmail(customer.getEmail()); // expect: flow-transfer-without-safeguard
        Sentry.setUser(user);
    }

    public void tagWithAPhone(Customer customer) {
        Sentry.setTag("phone", customer.getPhoneNumber()); // expect: flow-category-undeclared, flow-transfer-without-safeguard
    }

    public void healthInAnExtra(Customer customer) {
        Sentry.setExtra("condition", customer.getHealthCondition()); // expect: flow-category-undeclared, flow-special-category, flow-transfer-without-safeguard
    }

    public void noPersonalData(String orderNumber) {
        Sentry.setTag("order", orderNumber);
    }
}
