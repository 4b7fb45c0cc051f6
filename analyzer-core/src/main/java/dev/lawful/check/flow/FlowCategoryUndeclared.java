package dev.lawful.check.flow;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.policy.DeclaredRecipients;
import dev.lawful.policy.Recipient;
import java.util.Optional;
import java.util.function.Consumer;

/** A declared recipient receives a category its declaration does not list. */
@CheckInfo(
        id = "flow-category-undeclared",
        severity = Severity.ERROR,
        summary = "A recipient receives a category of personal data it is not declared to receive",
        docs = """
                Personal data of a category reaches a call to a declared recipient whose \
                `categories:` do not cover it (a category covers its descendants). The policy \
                tells data subjects which categories each recipient gets; sending others is \
                processing the notice does not disclose (Art. 13(1)(e), 14(1)(d)) and, for a \
                processor, outside its contract (Art. 28(3)(a)).

                A recipient without `categories:` is not checked: the policy lint reports it \
                (`policy-recipient-categories-missing`).

                **How to fix.** Add the category to the recipient's `categories:` (and to the \
                published policy), or stop sending it.""")
public final class FlowCategoryUndeclared implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredRecipients declared = new DeclaredRecipients(context.policy());
        for (Flow flow : context.flows()) {
            Optional<Recipient> recipient = FlowFindings.recipientOf(flow, declared);
            if (recipient.isEmpty() || recipient.get().categories().isEmpty() || covers(recipient.get(), flow.category())) {
                continue;
            }
            String message = FlowFindings.data(flow, context.policy()) + " is sent to recipient " + recipient.get().id()
                    + ", which is declared to receive " + String.join(", ", recipient.get().categories()) + " only.";
            Fix fix = new Fix("Add " + flow.category() + " to the categories of recipient " + recipient.get().id()
                    + (recipient.get().ref() == null ? "" : " (" + recipient.get().ref() + ")") + ", or stop sending it.",
                    "    categories: [" + String.join(", ", recipient.get().categories()) + ", " + flow.category() + "]\n", null);
            findings.accept(FlowFindings.at(info(), flow.key() ? Severity.WARNING : info().severity(), flow, message, fix));
        }
    }

    private static boolean covers(Recipient recipient, String category) {
        return recipient.categories().stream().anyMatch(c -> category.equals(c) || category.startsWith(c + "."));
    }
}
