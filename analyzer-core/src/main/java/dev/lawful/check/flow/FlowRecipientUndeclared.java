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

/** Personal data sent to a third party that the policy does not name as a recipient. */
@CheckInfo(
        id = "flow-recipient-undeclared",
        severity = Severity.ERROR,
        summary = "Personal data is sent to a third party the policy does not declare as a recipient",
        docs = """
                Personal data reaches a call that sends it to another party: an error tracker or \
                APM agent (Sentry, Bugsnag, Rollbar, Airbrake, Datadog, New Relic), an analytics or \
                marketing SDK (Segment, Mixpanel, Amplitude, Google Analytics, Facebook, HubSpot, \
                Intercom), a hosted search or analytics store (Algolia, BigQuery), an LLM API \
                (OpenAI, Azure OpenAI, Anthropic), or an HTTP client whose target host is a literal \
                or a constant. The service is not declared under `recipients:`.

                Art. 13(1)(e) and 14(1)(e) require telling data subjects the recipients of their \
                data; Art. 28 requires a processor contract with each processor; Art. 30(1)(d) \
                requires the record of processing to list them. `recipient-undeclared` reports \
                the SDK in the build; this check reports the call that sends personal data, with \
                the path the data took.

                **How to fix.** Declare the recipient (with its purposes, categories and, outside \
                the EU/EEA, its transfer safeguard), or stop sending personal data to it.""")
public final class FlowRecipientUndeclared implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredRecipients declared = new DeclaredRecipients(context.policy());
        for (Flow flow : context.flows()) {
            if (!flow.isThirdParty() || FlowFindings.recipientOf(flow, declared).isPresent()) {
                continue;
            }
            String party = FlowFindings.party(flow, declared);
            String message = FlowFindings.data(flow, context.policy()) + " is sent to " + party
                    + ", which the policy does not declare as a recipient.";
            String id = flow.serviceId() != null ? flow.serviceId() : flow.host().replaceAll("[^a-z0-9]+", "-");
            String yaml = "recipients:\n  - id: " + id + "\n"
                    + (flow.serviceId() != null ? "    service: " + flow.serviceId() + "\n" : "    name: " + flow.host() + "\n")
                    + "    purposes: []\n    categories: [" + flow.category() + "]\n";
            Fix fix = new Fix("Declare " + party + " as a recipient, or do not send it personal data.", yaml, null);
            findings.accept(FlowFindings.at(info(), flow.key() ? Severity.WARNING : info().severity(), flow, message, fix));
        }
    }
}
