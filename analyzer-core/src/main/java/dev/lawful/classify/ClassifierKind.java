package dev.lawful.classify;

import dev.lawful.policy.Policy;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which classifier an analysis uses: selectable in the CLI ({@code --classifier}) and the plugin ({@code classifier}). */
public enum ClassifierKind {

    /** {@link TaxonomyClassifier}: patterns with vetoes and fixed confidences. */
    RULES,
    /** {@link WeighedClassifier}: named signals weighed by fitted weights, with the type graph. */
    WEIGHED;

    /** The classifier an analysis uses when none is chosen. */
    public static final ClassifierKind DEFAULT = RULES;

    public Classifier create(Policy policy) {
        return switch (this) {
            case RULES -> new TaxonomyClassifier(policy);
            case WEIGHED -> new WeighedClassifier(policy);
        };
    }

    /** The name users write: {@code rules}, {@code weighed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ClassifierKind> parse(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id == null ? null : id.trim())).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ClassifierKind::id).toList();
    }
}
