package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-categories-not-disclosed", severity = Severity.NOTE,
        summary = "The policy does not list the categories of personal data it holds",
        docs = """
                Without `disclosedCategories` Lawful cannot tell disclosed from undisclosed processing, \
                and Art. 14(1)(d) requires the categories whenever data is not obtained from the data \
                subject. Retention is then not checked per category either.

                **Fix:** list the categories the published policy names, using the taxonomy's ids.""")
public final class CategoriesNotDisclosed extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        if (policy.disclosedCategories() == null) {
            reporter.report(policy.locate("id"), null, "The policy does not list the categories of personal data it"
                    + " holds, so undisclosed processing cannot be found", "List the disclosed categories.", """
                    disclosedCategories: [user.name, user.contact]
                    """);
        }
    }
}
