package dev.lawful.check.code;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import java.util.function.Consumer;

@CheckInfo(
        id = "legal-basis-missing",
        severity = Severity.ERROR,
        summary = "Declared personal data without a legal basis",
        docs = """
                A declaration covers the field but names no legal basis. Processing is lawful only \
                on one of the bases of Art. 6(1) (and, for special categories, a condition of \
                Art. 9(2)).

                **Fix:** add `legalBasis:` to the declaration (or `legalBasis = ...` to the \
                annotation), choosing one that the declared purposes allow.""")
public final class LegalBasisMissing implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredNeighbours neighbours = DeclaredNeighbours.of(context.inventory());
        for (InventoryEntry entry : context.inventory()) {
            if (entry.isDeclared() && entry.declaration().legalBasis() == null) {
                var suggestion = DeclarationSuggestion.forEntry(context.policy(), neighbours, entry);
                String message = "%s is declared by %s but the declaration names no legal basis"
                        .formatted(entry.element().member(), entry.declaration().describe());
                findings.accept(Finding.at(info(), entry.element(), entry.classification().primaryCategory(), message,
                        suggestion.fix("Add a legal basis that the declared purposes allow")));
            }
        }
    }
}
