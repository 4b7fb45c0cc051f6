package dev.lawful.inventory;

import dev.lawful.bind.DeclarationBinder;
import dev.lawful.classify.Classification;
import dev.lawful.classify.Classifier;
import dev.lawful.classify.Codebase;
import dev.lawful.classify.Evidence;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Classifies every member of the scanned types and keeps those that hold personal data,
 * each with the declaration that covers it. A declaration that names a field makes it
 * personal data even where the classifier saw none; a compliance lead's override that
 * takes a field out wins over both.
 */
public final class InventoryBuilder {

    /** Inventory order: file, position, then id, so that reports are reproducible. */
    public static final Comparator<InventoryEntry> ORDER = Comparator
            .comparing((InventoryEntry e) -> e.element().file())
            .thenComparingInt(e -> e.element().line())
            .thenComparingInt(e -> e.element().column())
            .thenComparing(e -> e.element().id());

    private final Classifier classifier;
    private final DeclarationBinder binder;

    public InventoryBuilder(Classifier classifier, DeclarationBinder binder) {
        this.classifier = classifier;
        this.binder = binder;
    }

    public List<InventoryEntry> build(Codebase codebase) {
        List<InventoryEntry> inventory = new ArrayList<>();
        for (TypeInfo type : codebase.types()) {
            for (CodeElement element : type.fields()) {
                entryFor(element, type, codebase).ifPresent(inventory::add);
            }
        }
        inventory.sort(ORDER);
        return List.copyOf(inventory);
    }

    private Optional<InventoryEntry> entryFor(CodeElement element, TypeInfo owner, Codebase codebase) {
        Classification classification = classifier.classify(element, owner, codebase);
        Optional<DeclarationBinder.Binding> binding = binder.bind(element, owner, classification);
        if (isForcedOut(classification)) {
            return Optional.empty();
        }
        if (classification.personal()) {
            return Optional.of(new InventoryEntry(element, classification, binding.map(DeclarationBinder.Binding::declaration).orElse(null)));
        }
        return binding.filter(DeclarationBinder.Binding::explicit)
                .map(b -> new InventoryEntry(element, declaredPersonal(classification, b.declaration()), b.declaration()));
    }

    private static boolean isForcedOut(Classification classification) {
        return !classification.personal() && classification.overridden();
    }

    private static Classification declaredPersonal(Classification classification, BoundDeclaration declaration) {
        List<Evidence> evidence = new ArrayList<>(classification.evidence());
        String category = declaration.categories().isEmpty() ? null : declaration.categories().get(0);
        evidence.add(new Evidence(Evidence.Signal.OVERRIDE, "declaration", "declared as personal data at " + declaration.ref(), category, 1.0));
        return new Classification(true, declaration.categories(), 1.0, false, evidence, Classification.Origin.DECLARED);
    }
}
