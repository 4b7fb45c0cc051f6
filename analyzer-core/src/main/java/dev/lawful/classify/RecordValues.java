package dev.lawful.classify;

/**
 * Which fields of a record are its values: text and amounts, not its keys, links to other
 * records, audit actors, flags or timestamps (record metadata, by the corpus's labelling rules).
 */
final class RecordValues {

    private RecordValues() {
    }

    static boolean isValue(FieldFacts field) {
        boolean valueType = field.text() || JavaVocabulary.builtin().amountTypes().contains(field.element().type());
        return valueType && !field.keyTyped() && field.name().actor() == null && field.name().personReference() == null
                && field.graph().targets(field.element().type()).isEmpty()
                && field.clean(CompiledTaxonomy.Strength.STRONG).isEmpty();
    }
}
