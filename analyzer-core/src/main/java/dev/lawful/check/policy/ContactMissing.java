package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Controller;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-contact-missing", severity = Severity.WARNING,
        summary = "The policy gives no way to contact the controller about data protection",
        docs = """
                Art. 13(1)(a)-(b) require contact details of the controller and, where there is one, \
                of the data protection officer. The rule files have no `controller.contact` with an \
                e-mail address or a phone number.

                **Fix:** add `contact:` with `email` or `phone`.""")
public final class ContactMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        Controller controller = policy.controller();
        Controller.Contact contact = controller == null ? null : controller.contact();
        if (contact == null || contact.email().isEmpty() && contact.phone().isEmpty()) {
            reporter.report(contact != null ? contact.ref() : controller != null ? controller.ref()
                    : policy.locate("id"), null, "The policy gives no e-mail address or phone number for data-protection"
                    + " questions (Art. 13(1)(a)-(b))", "Add a contact with an e-mail address or a phone number.", """
                    controller:
                      contact: {name: Data protection officer, role: dpo, email: [dpo@example.com]}
                    """);
        }
    }
}
