package dev.lawful.report.ropa;

import dev.lawful.policy.Controller;
import dev.lawful.policy.DataSubject;
import dev.lawful.policy.EuropeanEconomicArea;
import dev.lawful.policy.LegalBasis;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.RetentionRule;
import dev.lawful.policy.TransferMechanism;
import dev.lawful.report.html.Periods;
import java.util.ArrayList;
import java.util.List;

/** How the record words the entries of a policy: a controller, a basis, a recipient, a retention rule. */
final class PolicyWording {

    private final Policy policy;

    PolicyWording(Policy policy) {
        this.policy = policy;
    }

    RecordCell controller() {
        Controller controller = policy.controller();
        if (controller == null || controller.name() == null) {
            return RecordCell.NOT_STATED;
        }
        List<String> parts = new ArrayList<>();
        parts.add(controller.address() == null ? controller.name() : controller.name() + ", " + controller.address());
        controller.entities().forEach(e -> parts.add(e.name() + (e.country() == null ? "" : " (" + e.country() + ")")
                + (e.businessId() == null ? "" : ", " + e.businessId())));
        return RecordCell.of(String.join("; ", parts));
    }

    RecordCell contact() {
        Controller.Contact contact = policy.controller() == null ? null : policy.controller().contact();
        if (contact == null) {
            return RecordCell.NOT_STATED;
        }
        List<String> parts = new ArrayList<>();
        if (contact.name() != null) {
            parts.add(contact.name() + (contact.role() == null ? "" : " (" + contact.role() + ")"));
        }
        parts.addAll(contact.email());
        parts.addAll(contact.phone());
        return RecordCell.stated(String.join(", ", parts));
    }

    String basis(String id) {
        LegalBasis basis = policy.legalBases().get(id);
        if (basis == null) {
            return id;
        }
        return basis.name() + (basis.article() == null ? "" : " (Art. " + basis.article() + ")");
    }

    String subject(String id) {
        DataSubject subject = policy.subjects().get(id);
        return subject == null ? id : subject.name() + " (" + id + ")";
    }

    String category(String id) {
        return policy.category(id).map(c -> c.name() + " (" + id + ")").orElse(id);
    }

    String categoryName(String id) {
        return policy.category(id).map(c -> c.name()).orElse("");
    }

    String recipient(Recipient recipient) {
        return recipient.name() + (recipient.country() == null ? "" : " (" + recipient.country() + ")");
    }

    /** Whether data sent to the recipient leaves the EU/EEA; null when its country is not stated. */
    static Boolean isThirdCountry(Recipient recipient) {
        return recipient.country() == null ? null : !EuropeanEconomicArea.contains(recipient.country());
    }

    /** The safeguard of a transfer: "Standard contractual clauses (Art. 46(2)(c)): EU SCC 2021/914". */
    RecordCell safeguard(Recipient recipient) {
        Boolean third = isThirdCountry(recipient);
        if (Boolean.FALSE.equals(third)) {
            return RecordCell.of("not needed: inside the EU/EEA");
        }
        if (recipient.transfer() == null) {
            return RecordCell.gap(third == null ? "not stated in the policy (nor the country)" : RecordCell.NOT_STATED_TEXT);
        }
        TransferMechanism mechanism = policy.transferMechanisms().get(recipient.transfer().mechanism());
        String name = mechanism == null ? recipient.transfer().mechanism()
                : mechanism.name() + (mechanism.article() == null ? "" : " (Art. " + mechanism.article() + ")");
        String reference = recipient.transfer().reference();
        return RecordCell.of(reference == null ? name : name + ": " + reference);
    }

    static String period(RetentionRule rule) {
        return rule.period() == null ? "" : rule.period() + " (" + Periods.describe(rule.period()) + ")";
    }

    static String retention(RetentionRule rule) {
        return rule.id() + ": " + period(rule) + (rule.from() == null ? "" : " from " + rule.from());
    }
}
