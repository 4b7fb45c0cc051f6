package dev.lawful.check.flow;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.policy.DeclaredRecipients;
import dev.lawful.policy.EuropeanEconomicArea;
import dev.lawful.policy.Recipient;
import java.util.Optional;
import java.util.function.Consumer;

/** Personal data sent, at this call, to a declared recipient outside the EU/EEA that has no safeguard. */
@CheckInfo(
        id = "flow-transfer-without-safeguard",
        severity = Severity.ERROR,
        summary = "A call sends personal data outside the EU/EEA to a recipient without a transfer safeguard",
        docs = """
                Personal data reaches a call to a declared recipient that processes data outside \
                the EU/EEA (its country, or its service's), and the policy names no Chapter V \
                ground for the transfer (an adequacy decision, Art. 45; standard contractual \
                clauses or binding corporate rules, Art. 46-47; a derogation, Art. 49). Under \
                Art. 44 the transfer is unlawful. `transfer-without-safeguard` reports the SDK in \
                the build; this check reports each call that actually sends personal data, with \
                the path the data took.

                **How to fix.** Add `transfer: {mechanism: ..., reference: ...}` to the recipient, \
                or stop sending it personal data.""")
public final class FlowTransferWithoutSafeguard implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredRecipients declared = new DeclaredRecipients(context.policy());
        for (Flow flow : context.flows()) {
            Optional<Recipient> recipient = FlowFindings.recipientOf(flow, declared);
            if (recipient.isEmpty() || recipient.get().transfer() != null) {
                continue;
            }
            Optional<String> country = declared.country(recipient.get());
            if (country.isEmpty() || EuropeanEconomicArea.contains(country.get())) {
                continue;
            }
            String message = FlowFindings.data(flow, context.policy()) + " is sent to recipient " + recipient.get().id()
                    + " in " + country.get() + ", outside the EU/EEA, and the policy names no transfer safeguard.";
            Fix fix = new Fix("Add the Chapter V ground of the transfer to recipient " + recipient.get().id() + ".",
                    "    transfer: {mechanism: scc, reference: \"\"}\n", null);
            findings.accept(FlowFindings.at(info(), flow.key() ? Severity.WARNING : info().severity(), flow, message, fix));
        }
    }
}
