package dev.lawful.inventory;

import dev.lawful.bind.BoundDeclaration;
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
import java.util.function.Predicate;

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
        for (Assessment assessment : assess(codebase, element -> true)) {
            assessment.entry().ifPresent(inventory::add);
        }
        inventory.sort(ORDER);
        return List.copyOf(inventory);
    }

    /**
     * How the inventory judges each field that {@code target} selects, whether or not it
     * makes an entry: what {@code explain} shows, so that it cannot disagree with a scan.
     */
    public List<Assessment> assess(Codebase codebase, Predicate<CodeElement> target) {
        List<Assessment> assessments = new ArrayList<>();
        for (TypeInfo type : codebase.types()) {
            for (CodeElement element : type.fields()) {
                if (target.test(element)) {
                    Classification classification = classifier.classify(element, type, codebase);
                    assessments.add(new Assessment(element, classification, binder.bind(element, type, classification)));
                }
            }
        }
        return List.copyOf(assessments);
    }

    /** One field, the classifier's decision about it and the declaration that covers it, if any. */
    public record Assessment(CodeElement element, Classification classification, Optional<DeclarationBinder.Binding> binding) {

        public BoundDeclaration declaration() {
            return binding.map(DeclarationBinder.Binding::declaration).orElse(null);
        }

        /** The inventory entry the field makes: none when it holds no personal data or an override takes it out. */
        public Optional<InventoryEntry> entry() {
            if (isForcedOut(classification)) {
                return Optional.empty();
            }
            if (classification.personal()) {
                return Optional.of(new InventoryEntry(element, classification, declaration()));
            }
            return binding.filter(DeclarationBinder.Binding::explicit)
                    .map(b -> new InventoryEntry(element, declaredPersonal(classification, b.declaration()), b.declaration()));
        }
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
