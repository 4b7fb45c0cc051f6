package dev.lawful.check.code;

import dev.lawful.bind.ClassGlob;
import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.Declaration;
import java.util.List;
import java.util.function.Consumer;

@CheckInfo(
        id = "declaration-stale",
        severity = Severity.WARNING,
        summary = "Declaration that matches nothing in the code",
        docs = """
                A rule-file declaration names classes, or fields of them, that the scan did not \
                find holding personal data: the code was renamed or removed, or the glob is wrong. \
                A stale declaration makes the record of processing (Art. 30) describe code that no \
                longer exists, and hides that the real code is undeclared.

                **Fix:** update the class glob or field names to the current code, or delete the \
                declaration.""")
public final class DeclarationStale implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        for (Declaration declaration : context.policy().declarations()) {
            List<ClassGlob> globs = ClassGlob.all(declaration.classes());
            List<InventoryEntry> matched = context.inventory().stream()
                    .filter(e -> ClassGlob.anyMatches(globs, e.element().className()))
                    .toList();
            if (matched.isEmpty()) {
                report(findings, declaration, "declaration %s matches no personal data in the scanned code (classes: %s)"
                        .formatted(label(declaration), String.join(", ", declaration.classes())));
                continue;
            }
            for (String field : declaration.fields()) {
                if (matched.stream().noneMatch(e -> e.element().member().equals(field))) {
                    report(findings, declaration, "declaration %s names field %s, which no class matching %s has"
                            .formatted(label(declaration), field, String.join(", ", declaration.classes())));
                }
            }
        }
    }

    private void report(Consumer<Finding> findings, Declaration declaration, String message) {
        var ref = declaration.ref();
        findings.accept(new Finding(info().id(), info().severity(), null, null, ref.file(), ref.line(), ref.column(),
                null, message, new Fix("Point the declaration at the current code, or delete it", null, null)));
    }

    private static String label(Declaration declaration) {
        return declaration.id() == null ? "at " + declaration.ref() : declaration.id();
    }
}
