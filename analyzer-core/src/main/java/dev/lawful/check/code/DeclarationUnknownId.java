package dev.lawful.check.code;

import dev.lawful.bind.BoundDeclaration;
import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.NameSuggester;
import java.util.Collection;
import java.util.function.Consumer;

@CheckInfo(
        id = "declaration-unknown-id",
        severity = Severity.ERROR,
        summary = "@PersonalData annotation that names an id the policy does not define",
        docs = """
                An in-code `@PersonalData` annotation names a category, purpose, legal basis or \
                retention rule that the policy does not define, usually a typo. (Rule-file \
                declarations are checked when the policy loads.)

                **Fix:** use an id the policy defines; the finding suggests the closest ones.""")
public final class DeclarationUnknownId implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        var policy = context.policy();
        for (InventoryEntry entry : context.inventory()) {
            BoundDeclaration declaration = entry.declaration();
            if (declaration == null || declaration.source() != BoundDeclaration.Source.ANNOTATION) {
                continue;
            }
            declaration.categories().forEach(id -> verify(entry, "category", id, policy.categories().keySet(), findings));
            declaration.purposes().forEach(id -> verify(entry, "purpose", id, policy.purposes().keySet(), findings));
            if (declaration.legalBasis() != null) {
                verify(entry, "legalBasis", declaration.legalBasis(), policy.legalBases().keySet(), findings);
            }
            if (declaration.retention() != null) {
                verify(entry, "retention", declaration.retention(), policy.retention().keySet(), findings);
            }
        }
    }

    private void verify(InventoryEntry entry, String attribute, String id, Collection<String> valid, Consumer<Finding> findings) {
        if (valid.contains(id)) {
            return;
        }
        String message = "@PersonalData on %s names %s \"%s\", which the policy does not define%s"
                .formatted(entry.element().member(), attribute, id, NameSuggester.hint(id, valid));
        findings.accept(Finding.at(info(), entry.element(), entry.classification().primaryCategory(), message,
                new Fix("Use a " + attribute + " id that the policy defines", null, null)));
    }
}
