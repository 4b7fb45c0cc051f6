package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-security-measures-missing", severity = Severity.WARNING,
        summary = "The policy describes no security measures",
        docs = """
                The record of processing must give, where possible, a general description of the \
                technical and organisational security measures of Art. 32(1) (Art. 30(1)(g)). The rule \
                files have no `securityMeasures`.

                **Fix:** list the measures: access control on a need-to-know basis, encryption at rest \
                and in transit, backups, logging, staff training.""")
public final class SecurityMeasuresMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        if (PolicyFacts.isOrganisationPolicy(policy) && policy.securityMeasures().isEmpty()) {
            reporter.report(policy.locate("id"), null, "The policy describes no technical or organisational security"
                    + " measures (Art. 30(1)(g), 32)", "Describe the security measures.", """
                    securityMeasures:
                      - id: access-control
                        name: Access on a need-to-know basis
                      - id: encryption
                        name: Encryption at rest and in transit
                    """);
        }
    }
}
