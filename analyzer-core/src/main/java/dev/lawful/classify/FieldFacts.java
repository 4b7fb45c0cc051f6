package dev.lawful.classify;

import dev.lawful.classify.CompiledTaxonomy.Strength;
import dev.lawful.classify.NameReading.Hit;
import dev.lawful.classify.NameReading.Qualifier;
import dev.lawful.classify.NameReading.Veto;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A field with what every signal reads of it, computed once: its readings (name and naming
 * annotations), the category matches among them, its declaring type's node in the type graph.
 *
 * @param hits matches of personal categories in the readings, without those that are not the
 *     data by construction (the person word of kontaktpersonEmail, the completing weak word)
 */
record FieldFacts(
        CodeElement element,
        TypeInfo owner,
        TypeGraph.Node ownerNode,
        TypeGraph graph,
        CompiledTaxonomy taxonomy,
        ContextReader contexts,
        List<NameReading> readings,
        List<Hit> hits) {

    static FieldFacts of(CodeElement element, TypeInfo owner, TypeGraph graph, CompiledTaxonomy taxonomy,
            ContextReader contexts) {
        List<NameReading> readings = FieldReadings.of(taxonomy, element);
        List<Hit> hits = new ArrayList<>();
        for (NameReading reading : readings) {
            for (Hit hit : reading.hits()) {
                // an exclude pattern is part of the category's patterns: "salary min" is not a salary
                if (hit.vetoKind() != Veto.WHOSE && hit.vetoKind() != Veto.COMPLETES && hit.vetoKind() != Veto.EXCLUDED) {
                    hits.add(hit);
                }
            }
        }
        return new FieldFacts(element, owner, graph.node(owner), graph, taxonomy, contexts, readings, List.copyOf(hits));
    }

    NameReading name() {
        return readings.get(0);
    }

    OwnerContext context() {
        return ownerNode.context();
    }

    /** Hits of personal categories that no construction rule speaks against. */
    List<Hit> clean(Strength strength) {
        return hits.stream().filter(hit -> hit.strength() == strength && hit.vetoKind() == Veto.NONE
                && taxonomy.isPersonal(hit.category())).toList();
    }

    /** Hits of personal categories of a strength, whatever speaks against them. */
    List<Hit> all(Strength strength) {
        return hits.stream().filter(hit -> hit.strength() == strength && taxonomy.isPersonal(hit.category())).toList();
    }

    boolean yesNo() {
        return TaxonomyClassifier.isYesNo(element.type());
    }

    boolean keyTyped() {
        return JavaVocabulary.builtin().keyTypes().contains(element.type());
    }

    boolean text() {
        return TaxonomyClassifier.holdsText(element.type());
    }

    /** customerName; clientName too, unless the owner is technical. */
    boolean personQualified(Hit hit) {
        return hit.qualifier() == Qualifier.PERSON || hit.qualifier() == Qualifier.AMBIGUOUS && !context().technical();
    }

    /** Whether the declaring type looks like a person's: it holds a name or data only a person has. */
    boolean ownerPersonShaped() {
        return ownerNode.personShaped();
    }

    /** Whether the declaring type holds at least two strongly personal fields besides this one. */
    boolean ownerHoldsPersonalFields() {
        java.util.Set<String> personal = ownerNode.personalFields();
        return personal.size() - (personal.contains(element.member()) ? 1 : 0) >= 2;
    }

    String where() {
        return element.member();
    }

    static String describe(Hit hit) {
        return hit.strength().name().toLowerCase(java.util.Locale.ROOT) + " pattern \"" + hit.pattern() + "\" of "
                + hit.category();
    }
}
