package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-withdraw-consent-missing", severity = Severity.WARNING,
        summary = "A purpose rests on consent, and the policy does not say that consent can be withdrawn",
        docs = """
                Where processing rests on consent, Art. 13(2)(c) requires the policy to tell data \
                subjects that they may withdraw it at any time, and Art. 7(3) requires withdrawing to \
                be as easy as giving consent. A purpose has `consent` (or a basis refining it) among its \
                `legalBases`, and `withdraw-consent` is not in `rights`.

                **Fix:** add `withdraw-consent` to `rights` and say in the policy how to withdraw.""")
public final class WithdrawConsentMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        if (PolicyFacts.anyPurposeReliesOn(policy, "consent") && !PolicyFacts.grants(policy, "withdraw-consent")) {
            reporter.report(policy.locate("rights"), null, "Purposes rest on consent, but the policy does not say that"
                    + " consent can be withdrawn at any time (Art. 7(3), 13(2)(c))",
                    "Add the right to withdraw consent and say how.",
                    "rights: [" + String.join(", ", policy.rights()) + (policy.rights().isEmpty() ? "" : ", ")
                            + "withdraw-consent]\n");
        }
    }
}
