package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;

@CheckInfo(id = "policy-purpose-basis-interpreted", severity = Severity.WARNING,
        summary = "The policy text does not tie this purpose to its legal basis; the rule file interprets it",
        docs = """
                Art. 13(1)(c) requires the legal basis *for each purpose*. When the published policy lists \
                bases and purposes separately, whoever encodes it must guess which basis covers which \
                purpose and marks the purpose `legalBasesInterpreted: true`. The guess lets the code \
                checks run, but the published text still does not tell data subjects.

                **Fix:** amend the published policy to state the basis of each purpose, then remove \
                `legalBasesInterpreted` from the purpose.""")
public final class PurposeBasisInterpreted extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        for (Purpose purpose : policy.purposes().values()) {
            if (purpose.legalBasesInterpreted()) {
                reporter.report(purpose.ref(), null, "The policy does not say which legal basis covers the purpose '"
                        + purpose.id() + "'; the rule file reads it as " + String.join(", ", purpose.legalBases()),
                        "State the basis of this purpose in the published policy, then drop the marker.",
                        "    legalBasesInterpreted: false\n");
            }
        }
    }
}
