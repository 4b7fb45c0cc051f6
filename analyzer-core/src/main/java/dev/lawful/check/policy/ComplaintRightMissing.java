package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-complaint-right-missing", severity = Severity.WARNING,
        summary = "The policy does not mention the right to complain to a supervisory authority",
        docs = """
                Art. 13(2)(d) and 14(2)(e) require the policy to tell data subjects of their right to \
                lodge a complaint with a supervisory authority (Art. 77) - for example IMY in Sweden or \
                the Data Protection Ombudsman (Tietosuojavaltuutettu) in Finland. `complaint` is not in \
                `rights`.

                **Fix:** add `complaint` to `rights` and name the authority in the policy.""")
public final class ComplaintRightMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        if (!PolicyFacts.grants(policy, "complaint")) {
            reporter.report(policy.locate("rights"), null, "The policy does not mention the right to lodge a complaint"
                    + " with a supervisory authority (Art. 77, 13(2)(d))", "Add the right to complain and name the"
                    + " authority.", "rights: [" + String.join(", ", policy.rights())
                    + (policy.rights().isEmpty() ? "" : ", ") + "complaint]\n");
        }
    }
}
