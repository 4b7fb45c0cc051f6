package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;

@CheckInfo(id = "policy-purpose-without-basis", severity = Severity.WARNING,
        summary = "A purpose has no legal basis",
        docs = """
                Processing is lawful only on one of the bases of Art. 6(1), and Art. 13(1)(c) requires \
                the policy to state it for each purpose. The purpose has an empty `legalBases`.

                **Fix:** give the purpose the bases that allow it (`contract`, `legal-obligation`, \
                `consent`, `legitimate-interests`, ...).""")
public final class PurposeWithoutBasis extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        for (Purpose purpose : policy.purposes().values()) {
            if (purpose.legalBases().isEmpty()) {
                reporter.report(purpose.ref(), null, "The purpose '" + purpose.id() + "' has no legal basis (Art. 6(1),"
                        + " 13(1)(c))", "State the legal bases of the purpose.", "    legalBases: [contract]\n");
            }
        }
    }
}
