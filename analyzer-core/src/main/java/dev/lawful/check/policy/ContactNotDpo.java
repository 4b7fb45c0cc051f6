package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Controller;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-contact-not-dpo", severity = Severity.NOTE,
        summary = "The data-protection contact is not a data protection officer",
        docs = """
                A data protection officer (Art. 37-39) is mandatory for some controllers (public bodies, \
                large-scale monitoring or special categories) and must then be named (Art. 13(1)(b)). A \
                "representative" (Art. 27) is what a controller *outside* the EU appoints; an EU company \
                calling its contact a representative leaves readers unsure whether it has a DPO.

                **Fix:** if you have a DPO, set `role: dpo`; if you need none, say `role: contact` and \
                keep this note as a reminder to check Art. 37.""")
public final class ContactNotDpo extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        Controller.Contact contact = policy.controller() == null ? null : policy.controller().contact();
        if (contact == null || "dpo".equals(contact.role())) {
            return;
        }
        String who = contact.name() == null ? "The contact" : "The contact '" + contact.name() + "'";
        String message = "representative".equals(contact.role())
                ? who + " is called a representative: that is an Art. 27 role for controllers outside the EU, not"
                        + " a data protection officer (Art. 37); say whether there is a DPO"
                : who + " is not named as a data protection officer; check whether Art. 37 requires one";
        reporter.report(contact.ref(), null, message, "Name the data protection officer, or say that there is none.",
                "  contact: {name: " + (contact.name() == null ? "..." : contact.name()) + ", role: dpo}\n");
    }
}
