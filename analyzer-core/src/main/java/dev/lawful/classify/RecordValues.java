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
     * Whether a field of a record about a person all of whose records are of one category (a
     * patient's: health) holds that category: text someone wrote there (a note, a subject), or, for a
     * special category in a record of the person's file, any value that is not the record's key,
     * attribute, label or a thing it names (a case's tumour grade, a follow-up's chemotherapy; not a
     * letter's envelope id nor an appointment's room).
     */
    static boolean holdsSubjectData(CompiledTaxonomy taxonomy, TypeGraph.Node record, CodeElement element, NameReading name,
            TypeGraph graph, boolean text, boolean keyTyped) {
        List<String> tokens = name.tokens();
        if (text && taxonomy.namesFreeText(tokens)) {
            return true;
        }
        // a field named for a person (hausarzt) holds their name, not the subject's data
        return record.inPersonsFile() && taxonomy.isSpecial(record.subjectCategory()) && !tokens.isEmpty() && name.person() == null
                && !taxonomy.isKeyWord(tokens.get(tokens.size() - 1)) && isValue(element, name, graph, text, keyTyped, true)
                && !CompositePart.isRowField(taxonomy, element, name) && !taxonomy.isRecordLabel(String.join(" ", tokens))
                && taxonomy.roleMatches(tokens).stream().noneMatch(role -> role.value() == CompiledTaxonomy.Role.THING);
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
