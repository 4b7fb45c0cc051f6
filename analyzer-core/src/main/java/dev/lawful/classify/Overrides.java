package dev.lawful.classify;

import dev.lawful.classify.Evidence.Signal;
import dev.lawful.policy.ClassGlob;
import dev.lawful.policy.ClassificationOverride;
import dev.lawful.policy.Policy;
import dev.lawful.scan.CodeElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule files' {@code classification} overrides, compiled once: the last one that matches
 * a field decides, whatever a classifier computed.
 */
final class Overrides {

    private final List<Compiled> overrides;

    Overrides(Policy policy) {
        this.overrides = policy.overrides().stream().map(Compiled::new).toList();
    }

    /** The computed verdict, or the override's when one matches the element. */
    Classification apply(CodeElement element, Classification computed) {
        return find(element).map(override -> overridden(override, computed)).orElse(computed);
    }

    private Optional<ClassificationOverride> find(CodeElement element) {
        ClassificationOverride found = null;
        for (Compiled override : overrides) {
            if (override.matches(element)) {
                found = override.source;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Classification overridden(ClassificationOverride override, Classification computed) {
        List<Evidence> evidence = new ArrayList<>();
        String where = override.ref() == null ? "" : " (" + override.ref() + ")";
        evidence.add(new Evidence(Signal.OVERRIDE, "override", "forced " + (override.personal() ? "personal" : "not personal")
                + " by the rule file" + where + ": " + override.reason(), override.category(), override.personal() ? 1 : -1));
        evidence.addAll(computed.evidence());
        if (!override.personal()) {
            return new Classification(false, List.of(), 1, false, evidence, Classification.Origin.OVERRIDDEN);
        }
        List<String> categories = override.category() != null ? List.of(override.category()) : computed.categories();
        boolean link = computed.link() && override.category() == null;
        return new Classification(true, categories, 1, link, evidence, Classification.Origin.OVERRIDDEN);
    }

    /** An override with its class globs compiled. */
    private static final class Compiled {
        private final ClassificationOverride source;
        private final List<ClassGlob> classes;

        Compiled(ClassificationOverride source) {
            this.source = source;
            this.classes = ClassGlob.all(source.classes());
        }

        boolean matches(CodeElement element) {
            boolean classMatches = ClassGlob.anyMatches(classes, element.className());
            return classMatches && (source.fields().isEmpty() || source.fields().contains(element.member()));
        }
    }
}
