package dev.lawful.check.flow;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.policy.DeclaredRecipients;
import java.util.function.Consumer;

/** Special-category data (Art. 9) sent to any third party. */
@CheckInfo(
        id = "flow-special-category",
        severity = Severity.ERROR,
        summary = "Special-category personal data is sent to a third party",
        docs = """
                Data of a special category (health, genetic or biometric data, racial or ethnic \
                origin, political opinions, religious or philosophical beliefs, trade-union \
                membership, sex life or orientation: Art. 9(1)), or criminal data (Art. 10), \
                reaches a call to a third party: an error tracker, analytics, a hosted store, an \
                LLM API, or an HTTP endpoint. It is reported whether or not the recipient is \
                declared: such data needs an Art. 9(2) condition for this very disclosure, a data \
                protection impact assessment is likely required (Art. 35(3)(b)), and error \
                trackers, analytics and LLM prompts are rarely covered by either.

                **How to fix.** Do not send it; send a pseudonymous id, or an aggregate. If the \
                disclosure is intended, document its condition and suppress the finding with a \
                reason.""")
public final class SpecialCategoryToThirdParty implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredRecipients declared = new DeclaredRecipients(context.policy());
        for (Flow flow : context.flows()) {
            if (!flow.isThirdParty() || !FlowFindings.isSpecial(flow.category(), context.policy())) {
                continue;
            }
            String message = FlowFindings.data(flow, context.policy()) + " is special-category data (Art. 9) and is sent to "
                    + FlowFindings.party(flow, declared) + ".";
            Fix fix = new Fix("Do not send special-category data to a third party; send a pseudonymous id or an aggregate.",
                    null, null);
            findings.accept(FlowFindings.at(info(), info().severity(), flow, message, fix));
        }
    }
}
