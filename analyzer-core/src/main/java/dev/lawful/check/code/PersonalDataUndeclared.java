package dev.lawful.check.code;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import java.util.function.Consumer;

@CheckInfo(
        id = "personal-data-undeclared",
        severity = Severity.ERROR,
        summary = "Personal data that no declaration covers",
        docs = """
                A field or record component holds personal data, but neither a rule-file declaration \
                nor a `@PersonalData` annotation says why it is processed, on which legal basis and \
                for how long. Art. 5(1)(a)-(b) and Art. 6 require a purpose and a legal basis for all \
                processing, and Art. 30 a record of it.

                **Fix:** add a declaration that names the class and field (the finding gives one \
                ready to copy), or annotate the field with `@PersonalData`. If the field is not \
                personal data, add a `classification` override with a reason.""")
public final class PersonalDataUndeclared implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredNeighbours neighbours = DeclaredNeighbours.of(context.inventory());
        for (InventoryEntry entry : context.inventory()) {
            if (entry.isDeclared() || entry.classification().link()) {
                continue;
            }
            String category = entry.classification().primaryCategory();
            String message = "%s holds personal data (%s) but no declaration gives its purpose, legal basis or retention"
                    .formatted(entry.element().member(), categoryName(context, category));
            var suggestion = DeclarationSuggestion.forEntry(context.policy(), neighbours, entry);
            findings.accept(Finding.at(info(), entry.element(), category, message,
                    suggestion.fix("Declare " + entry.element().id() + " in the rule file, or annotate it")));
        }
    }

    static String categoryName(CheckContext context, String category) {
        return context.policy().category(category)
                .map(c -> c.name() + ", " + c.id())
                .orElse(String.valueOf(category));
    }
}
