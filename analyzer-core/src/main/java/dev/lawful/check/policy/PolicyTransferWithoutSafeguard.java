package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.EuropeanEconomicArea;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Recipient;

@CheckInfo(id = "policy-transfer-without-safeguard", severity = Severity.WARNING,
        summary = "Data goes to a recipient outside the EU/EEA and the policy names no safeguard",
        docs = """
                A transfer to a third country needs an adequacy decision (Art. 45), appropriate \
                safeguards such as standard contractual clauses or binding corporate rules (Art. 46-47), \
                or a derogation (Art. 49), and Art. 13(1)(f) requires the policy to name it. The \
                recipient is outside the EU/EEA and has no `transfer`.

                **Fix:** add `transfer: {mechanism: scc, reference: ...}` (or `adequacy` for the EU-US \
                Data Privacy Framework, with the provider's certification) to the recipient, and say so \
                in the published policy.""")
public final class PolicyTransferWithoutSafeguard extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        for (Recipient recipient : policy.recipients().values()) {
            String country = recipient.country();
            if (country != null && !EuropeanEconomicArea.contains(country) && recipient.transfer() == null) {
                reporter.report(recipient.ref(), null, "Data goes to " + recipient.name() + " (" + country
                        + "), outside the EU/EEA, and the policy names no safeguard (Art. 44-49, 13(1)(f))",
                        "Name the transfer mechanism for the recipient.",
                        "    transfer: {mechanism: scc, reference: EU SCC 2021/914}\n");
            }
        }
    }
}
