package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-purposes-missing", severity = Severity.WARNING,
        summary = "The policy states no purpose of processing",
        docs = """
                Art. 13(1)(c) requires the purposes of the processing and their legal basis. The rule \
                files have no `purposes`.

                **Fix:** list each purpose with the legal bases that allow it.""")
public final class PurposesMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        if (policy.purposes().isEmpty()) {
            reporter.report(policy.locate("id"), null, "The policy states no purpose of processing (Art. 13(1)(c))",
                    "List the purposes and their legal bases.", """
                    purposes:
                      - {id: orders, name: Order handling, legalBases: [contract]}
                    """);
        }
    }
}
