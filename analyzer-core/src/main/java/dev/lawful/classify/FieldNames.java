package dev.lawful.classify;

import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The readings of one type's field names (constants left out), read once: the owner's
 * context needs every field's (a type with firstName and email is about a person), and each
 * field's classification needs its own, so a type's fields are read once, not twice.
 */
final class FieldNames {

    private final TypeInfo type;
    private final Map<CodeElement, NameReading> byField;

    private FieldNames(TypeInfo type, Map<CodeElement, NameReading> byField) {
        this.type = type;
        this.byField = byField;
    }

    static FieldNames read(CompiledTaxonomy taxonomy, TypeInfo type) {
        Map<CodeElement, NameReading> byField = new IdentityHashMap<>(type.fields().size());
        for (CodeElement field : type.fields()) {
            if (!field.isConstant()) {
                byField.put(field, NameReading.read(taxonomy, "field name", field.member()));
            }
        }
        return new FieldNames(type, byField);
    }

    TypeInfo type() {
        return type;
    }

    /** The reading of a field of this type that is not a constant (by identity), or null for any other. */
    NameReading of(CodeElement field) {
        return byField.get(field);
    }
}
