package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Policy;
import dev.lawful.policy.RetentionRule;

@CheckInfo(id = "policy-retention-missing", severity = Severity.WARNING,
        summary = "A disclosed category has no retention period",
        docs = """
                Art. 13(2)(a) requires the period for which data will be stored, or the criteria that \
                decide it, and storage limitation (Art. 5(1)(e)) requires that there is one. No \
                retention rule names this category or an ancestor of it in its `categories`.

                **Fix:** add a retention rule for the category: an ISO-8601 `period` and the event it \
                runs `from`.""")
public final class PolicyRetentionMissing extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        if (policy.disclosedCategories() == null) {
            return;
        }
        for (String category : policy.disclosedCategories()) {
            if (!isCovered(policy, category)) {
                String name = policy.category(category).map(c -> c.name()).orElse(category);
                reporter.report(policy.locate("disclosedCategories/" + category), category, "No retention period is"
                        + " given for " + name + " (" + category + ") (Art. 13(2)(a), 5(1)(e))",
                        "Add a retention rule that covers the category.", """
                        retention:
                          - id: customer-data
                            period: P3Y
                            from: customer-relationship-ended
                            categories: [%s]
                        """.formatted(category));
            }
        }
    }

    private static boolean isCovered(Policy policy, String category) {
        for (RetentionRule rule : policy.retention().values()) {
            for (String covered : rule.categories()) {
                if (DataCategory.isWithin(category, covered)) {
                    return true;
                }
            }
        }
        return false;
    }
}
