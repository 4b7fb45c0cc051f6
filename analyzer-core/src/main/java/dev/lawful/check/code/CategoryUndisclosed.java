package dev.lawful.check.code;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import java.util.List;
import java.util.function.Consumer;

@CheckInfo(
        id = "category-undisclosed",
        severity = Severity.ERROR,
        summary = "Personal data of a category the policy does not disclose",
        docs = """
                The code holds a category of personal data that the policy's `disclosedCategories` \
                does not list (a listed category covers its sub-categories). Data subjects must be \
                told which categories are processed (Art. 13/14); processing an undisclosed \
                category, above all a special one (Art. 9), is processing they were never told of.

                **Fix:** if the code should not hold this data, remove it. Otherwise the compliance \
                lead adds the category to `disclosedCategories` and updates the published policy. \
                If the classification is wrong, add a `classification` override with a reason.""")
public final class CategoryUndisclosed implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        if (context.policy().disclosedCategories() == null) {
            return;
        }
        for (InventoryEntry entry : context.inventory()) {
            if (entry.classification().link()) {
                continue;
            }
            for (String category : claimed(entry)) {
                if (!context.policy().discloses(category)) {
                    boolean special = context.policy().category(category).map(c -> c.special()).orElse(false);
                    String message = "%s holds %s%s, which the policy does not disclose"
                            .formatted(entry.element().member(), special ? "special-category data: " : "",
                                    PersonalDataUndeclared.categoryName(context, category));
                    String yaml = "disclosedCategories:\n  - " + category + "   # only if the published policy says so\n";
                    findings.accept(Finding.at(info(), entry.element(), category, message,
                            new Fix("Remove the field, or disclose the category in the policy", yaml, null)));
                }
            }
        }
    }

    /** The declared categories when the declaration names them, else the classifier's strongest. */
    private static List<String> claimed(InventoryEntry entry) {
        if (entry.declaration() != null && !entry.declaration().categories().isEmpty()) {
            return entry.declaration().categories();
        }
        String primary = entry.classification().primaryCategory();
        return primary == null ? List.of() : List.of(primary);
    }
}
