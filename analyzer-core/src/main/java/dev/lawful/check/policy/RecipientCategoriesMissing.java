package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.CookieGroup;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Recipient;
import java.util.List;

@CheckInfo(id = "policy-recipient-categories-missing", severity = Severity.NOTE,
        summary = "A recipient's categories are not given, so what it may receive cannot be checked",
        docs = """
                The policy tells data subjects who receives their data (Art. 13(1)(e), 14(1)(e)), and \
                Art. 14(1)(d) and the record of processing (Art. 30(1)(c)-(d)) tie categories of data \
                to recipients. The recipient has no `categories:`, so the flow check \
                `flow-category-undeclared` cannot tell whether the data code sends it is disclosed. \
                A policy often says what a partner is for (a cookie group's purposes) without \
                saying which categories it gets; the finding says so.

                **Fix:** list the categories the recipient receives under its `categories:`.""")
public final class RecipientCategoriesMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        for (Recipient recipient : policy.recipients().values()) {
            if (recipient.categories().isEmpty()) {
                reporter.report(recipient.ref(), null, message(recipient, policy),
                        "List the categories of personal data the recipient receives.",
                        "    categories: [user.contact.email]\n");
            }
        }
    }

    private static String message(Recipient recipient, Policy policy) {
        List<String> groups = policy.cookies().stream()
                .filter(group -> group.recipients().contains(recipient.id()))
                .map(CookieGroup::id).toList();
        String base = "The recipient '" + recipient.id() + "' has no categories";
        if (groups.isEmpty()) {
            return base + ": the policy does not say which personal data it receives";
        }
        return base + ": cookie group " + String.join(", ", groups) + " says what it is for ("
                + String.join(", ", recipient.purposes()) + "), not which categories of personal data it receives";
    }
}
