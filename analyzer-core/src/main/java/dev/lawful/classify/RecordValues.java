package dev.lawful.classify;

import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.List;

/**
 * Which fields of a record are its values: text, amounts and constants of an enum (a
 * severity, an outcome), not its keys, links to other records, audit actors, flags or
 * timestamps (record metadata, by the corpus's labelling rules).
 */
final class RecordValues {

    private RecordValues() {
    }

    static boolean isValue(FieldFacts field) {
        return isValue(field.element(), field.name(), field.graph(), field.text(), field.keyTyped(),
                field.clean(CompiledTaxonomy.Strength.STRONG).isEmpty());
    }

    /**
     * @param text whether the field holds text
     * @param keyTyped whether its type holds a key
     * @param noStrongMatch whether no strong pattern counts in its name (one that does speaks for itself)
     */
    static boolean isValue(CodeElement element, NameReading name, TypeGraph graph, boolean text, boolean keyTyped,
            boolean noStrongMatch) {
        List<TypeInfo> targets = graph.targets(element.type());
        boolean enumValue = !targets.isEmpty() && targets.stream().allMatch(type -> type.kind() == TypeInfo.Kind.ENUM);
        boolean valueType = text || enumValue || JavaVocabulary.builtin().amountTypes().contains(element.type());
        return valueType && !keyTyped && name.actor() == null && name.personReference() == null
                && (targets.isEmpty() || enumValue) && noStrongMatch;
    }
}
