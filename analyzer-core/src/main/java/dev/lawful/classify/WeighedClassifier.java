package dev.lawful.classify;

import dev.lawful.classify.Evidence.Signal;
import dev.lawful.policy.Policy;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies fields by weighing evidence: every {@link Signals signal} reads the field, its
 * names, documentation, type, annotations, declaring type and the scan's {@link TypeGraph},
 * and says what it found; one logistic score adds the signals' {@link Weights weights} (data,
 * fitted on the labelled corpus) and decides. No signal vetoes another: a technical word in a
 * type name lowers the score, strong evidence can outweigh it. Only what is true by
 * construction stays absolute: a constant or an enum's field holds no one's data. The
 * category is the one the strongest evidence speaks for; a field whose evidence is a
 * reference to a person is a link. Built once per policy; thread-safe.
 */
public final class WeighedClassifier implements Classifier {

    private final CompiledTaxonomy taxonomy;
    private final ContextReader contexts;
    private final Overrides overrides;
    private final Weights weights;
    private final TypeGraphCache graphs;

    /** With the built-in context vocabulary and weights. */
    public WeighedClassifier(Policy policy) {
        this(policy, ContextVocabulary.builtin(), Weights.builtin());
    }

    public WeighedClassifier(Policy policy, ContextVocabulary vocabulary, Weights weights) {
        this.taxonomy = new CompiledTaxonomy(policy, vocabulary);
        this.contexts = new ContextReader(taxonomy);
        this.graphs = new TypeGraphCache(contexts, taxonomy);
        this.overrides = new Overrides(policy);
        this.weights = weights;
    }

    @Override
    public Classification classify(CodeElement element, TypeInfo owner, Codebase codebase) {
        return overrides.apply(element, computed(element, owner, codebase));
    }

    /**
     * The value of every signal that fires for the field (the strongest of its facts), or an
     * empty map for a field excluded by construction: the inputs of the fit.
     */
    public Map<String, Double> features(CodeElement element, TypeInfo owner, Codebase codebase) {
        Map<String, Double> features = new LinkedHashMap<>();
        if (exclusion(element, owner) != null) {
            return features;
        }
        for (Fact fact : facts(element, owner, codebase)) {
            features.merge(fact.signal(), fact.value(), Math::max);
        }
        return features;
    }

    private Classification computed(CodeElement element, TypeInfo owner, Codebase codebase) {
        String exclusion = exclusion(element, owner);
        if (exclusion != null) {
            return Classification.notPersonal(List.of(new Evidence(Signal.EXCLUSION, "by-construction", exclusion, null, -1)));
        }
        List<Fact> facts = facts(element, owner, codebase);
        Map<String, Double> counted = new HashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(Signal.CONTEXT, "bias", "the score of a field no signal speaks for", null, weights.bias()));
        double score = weights.bias();
        for (Fact fact : facts) {
            double contribution = weights.of(fact.signal()) * fact.value();
            boolean first = !counted.containsKey(fact.signal());
            if (first || contribution > counted.get(fact.signal())) {
                score += contribution - (first ? 0 : counted.get(fact.signal()));
                counted.put(fact.signal(), contribution);
            }
            evidence.add(new Evidence(kindOf(fact), fact.signal(), fact.detail(), fact.category(), round(contribution)));
        }
        double probability = 1 / (1 + Math.exp(-score));
        if (probability < weights.threshold()) {
            return Classification.notPersonal(evidence);
        }
        List<String> categories = categories(facts);
        if (!categories.isEmpty()) {
            return new Classification(true, categories, round(probability), false, evidence);
        }
        return new Classification(true, List.of(), round(probability), true, evidence);
    }

    /** Categories by the weight of the evidence for them, then by how specific it is, then taxonomy order. */
    private List<String> categories(List<Fact> facts) {
        Map<String, double[]> support = new LinkedHashMap<>();
        for (Fact fact : facts) {
            double contribution = weights.of(fact.signal()) * fact.value();
            if (fact.category() != null && contribution > 0) {
                double[] entry = support.computeIfAbsent(fact.category(), key -> new double[2]);
                entry[0] += contribution;
                entry[1] = Math.max(entry[1], fact.specificity());
            }
        }
        return support.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])
                        .thenComparingDouble(e -> -e.getValue()[1])
                        .thenComparingInt(e -> taxonomy.order(e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
    }

    private List<Fact> facts(CodeElement element, TypeInfo owner, Codebase codebase) {
        FieldFacts field = FieldFacts.of(element, owner, graphs.of(codebase), taxonomy, contexts);
        List<Fact> facts = new ArrayList<>();
        for (FieldSignal signal : Signals.all()) {
            facts.addAll(signal.read(field));
        }
        return facts;
    }

    /** Why the element can hold no one's data by construction, or null. */
    private static String exclusion(CodeElement element, TypeInfo owner) {
        if (element.isConstant()) {
            return "a constant (static final): names or configures data, does not hold it";
        }
        if (owner != null && owner.kind() == TypeInfo.Kind.ENUM) {
            return owner.simpleName() + " is an enum: its fields describe its constants";
        }
        return null;
    }

    private static Signal kindOf(Fact fact) {
        if (fact.link()) {
            return Signal.LINK;
        }
        return switch (fact.signal()) {
            case "documentation", "documented-person" -> Signal.DOCUMENTATION;
            case "annotation" -> Signal.ANNOTATION;
            case "field-type", "component-type" -> Signal.TYPE;
            case "record-about-person", "record-tied-to-person", "person-own-key", "person-record-key" -> Signal.GRAPH;
            default -> fact.signal().startsWith("owner-") ? Signal.CONTEXT : Signal.TOKEN;
        };
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
