package dev.lawful.check.code;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import java.util.function.Consumer;

@CheckInfo(
        id = "purpose-missing",
        severity = Severity.ERROR,
        summary = "Declared personal data without a purpose",
        docs = """
                A declaration covers the field but names no purpose. Purpose limitation \
                (Art. 5(1)(b)) means data is collected for specified purposes only, and the legal \
                basis is judged per purpose.

                **Fix:** add `purposes: [...]` to the declaration (or `purpose = ...` to the \
                annotation) with ids from the policy's `purposes`.""")
public final class PurposeMissing implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredNeighbours neighbours = DeclaredNeighbours.of(context.inventory());
        for (InventoryEntry entry : context.inventory()) {
            if (entry.isDeclared() && entry.declaration().purposes().isEmpty()) {
                var suggestion = DeclarationSuggestion.forEntry(context.policy(), neighbours, entry);
                String message = "%s is declared by %s but the declaration names no purpose"
                        .formatted(entry.element().member(), entry.declaration().describe());
                findings.accept(Finding.at(info(), entry.element(), entry.classification().primaryCategory(), message,
                        new Fix("Add the purposes this field is processed for", suggestion.yaml(), suggestion.annotation())));
            }
        }
    }
}
