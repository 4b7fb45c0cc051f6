package dev.lawful.classify;

/** Which fields of a record are its values: not its keys, not its links to other records, not audit actors. */
final class RecordValues {

    private RecordValues() {
    }

    static boolean isValue(FieldFacts field) {
        return !field.keyTyped() && field.name().actor() == null && field.name().personReference() == null
                && field.graph().targets(field.element().type()).isEmpty()
                && field.clean(CompiledTaxonomy.Strength.STRONG).isEmpty();
    }
}
