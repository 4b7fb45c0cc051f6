package dev.lawful.check.code;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Policy;
import java.util.List;
import java.util.function.Consumer;

@CheckInfo(
        id = "retention-missing",
        severity = Severity.ERROR,
        summary = "Declared personal data with no retention rule",
        docs = """
                The field is declared, but neither its declaration nor a retention rule for its \
                category says how long it is kept. Storage limitation (Art. 5(1)(e)) and \
                Art. 13(2)(a) require a period, or the criteria that set it.

                **Fix:** add a retention rule (`retention:` with an ISO-8601 `period` and the event \
                it runs `from`) and name it in the declaration, or give the rule `categories:` so \
                it applies to this category everywhere.""")
public final class RetentionMissing implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        for (InventoryEntry entry : context.inventory()) {
            if (entry.isDeclared() && entry.declaration().retention() == null
                    && !hasCategoryRule(context.policy(), categories(entry))) {
                String message = "%s is declared by %s but no retention rule says how long it is kept"
                        .formatted(entry.element().member(), entry.declaration().describe());
                String yaml = """
                        retention:
                          - id: RETENTION_RULE
                            period: P2Y          # ISO-8601: how long after the event
                            from: EVENT          # e.g. account-closed, order-delivered
                        # then, in the declaration:
                            retention: RETENTION_RULE
                        """;
                findings.accept(Finding.at(info(), entry.element(), entry.classification().primaryCategory(), message,
                        new Fix("Add a retention rule and name it in the declaration", yaml, null)));
            }
        }
    }

    static List<String> categories(InventoryEntry entry) {
        return entry.declaration() != null && !entry.declaration().categories().isEmpty()
                ? entry.declaration().categories()
                : entry.classification().categories();
    }

    static boolean hasCategoryRule(Policy policy, List<String> categories) {
        return policy.retention().values().stream()
                .flatMap(rule -> rule.categories().stream())
                .anyMatch(ruleCategory -> categories.stream()
                        .anyMatch(c -> DataCategory.isWithin(c, ruleCategory)));
    }
}
