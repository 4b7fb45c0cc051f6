package dev.lawful.inventory;

import dev.lawful.bind.BoundDeclaration;
import dev.lawful.bind.DeclarationBinder;
import dev.lawful.classify.Classification;
import dev.lawful.classify.Classifier;
import dev.lawful.classify.Codebase;
import dev.lawful.classify.Evidence;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import dev.lawful.work.ParallelWork;
import java.util.ArrayList;
import java.util.Collections;
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

    /** Fields per task: a generated class of 100,000 fields is shared out among the threads, small types go whole. */
    private static final int FIELDS_PER_SLICE = 1024;

    private final Classifier classifier;
    private final DeclarationBinder binder;
    private final int threads;

    /** An inventory builder that classifies on the caller's thread alone. */
    public InventoryBuilder(Classifier classifier, DeclarationBinder binder) {
        this(classifier, binder, 1);
    }

    /**
     * @param threads how many threads classify (0: one per available processor); the verdicts
     *     and their order do not depend on it
     */
    public InventoryBuilder(Classifier classifier, DeclarationBinder binder, int threads) {
        this.classifier = classifier;
        this.binder = binder;
        this.threads = threads;
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
        List<Slice> slices = slices(codebase);
        List<List<Assessment>> assessed = new ArrayList<>(Collections.nCopies(slices.size(), null));
        try {
            ParallelWork.run(slices.size(), threads, "lawful-classify",
                    i -> assessed.set(i, assess(slices.get(i), codebase, target)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while classifying", e);
        }
        List<Assessment> assessments = new ArrayList<>();
        assessed.forEach(assessments::addAll);
        return List.copyOf(assessments);
    }

    private List<Assessment> assess(Slice slice, Codebase codebase, Predicate<CodeElement> target) {
        List<Assessment> assessments = new ArrayList<>();
        for (CodeElement element : slice.type().fields().subList(slice.from(), slice.to())) {
            if (target.test(element)) {
                Classification classification = classifier.classify(element, slice.type(), codebase);
                assessments.add(new Assessment(element, classification, binder.bind(element, slice.type(), classification)));
            }
        }
        return assessments;
    }

    /** The types' fields in order, a large type's in several slices. */
    private static List<Slice> slices(Codebase codebase) {
        List<Slice> slices = new ArrayList<>();
        for (TypeInfo type : codebase.types()) {
            int fields = type.fields().size();
            for (int from = 0; from < fields; from += FIELDS_PER_SLICE) {
                slices.add(new Slice(type, from, Math.min(fields, from + FIELDS_PER_SLICE)));
            }
        }
        return slices;
    }

    /** Fields {@code from} (inclusive) to {@code to} of one type. */
    private record Slice(TypeInfo type, int from, int to) {
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
