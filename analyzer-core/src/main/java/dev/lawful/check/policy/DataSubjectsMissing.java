package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;

@CheckInfo(id = "policy-data-subjects-missing", severity = Severity.WARNING,
        summary = "A purpose does not say whose data it processes",
        docs = """
                The record of processing must describe the categories of data subjects (Art. \
                30(1)(c)): customers, employees, patients. The purpose has no `dataSubjects`, and no \
                declaration that serves it names any, so the record says "not stated in the policy".

                **Fix:** add `dataSubjects:` with fideslang data-subject keys (`customer`, `employee`, \
                `patient`, `job_applicant`, ...) to the purpose, or to the declarations that serve it.""")
public final class DataSubjectsMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        for (Purpose purpose : policy.purposes().values()) {
            if (purpose.dataSubjects().isEmpty() && !namedByADeclaration(policy, purpose)) {
                reporter.report(purpose.ref(), null, "The purpose '" + purpose.id() + "' does not say whose data it"
                        + " processes (Art. 30(1)(c))", "Name the data subjects of the purpose.",
                        "    dataSubjects: [customer]\n");
            }
        }
    }

    private static boolean namedByADeclaration(Policy policy, Purpose purpose) {
        return policy.declarations().stream()
                .anyMatch(d -> d.purposes().contains(purpose.id()) && !d.dataSubjects().isEmpty());
    }
}
