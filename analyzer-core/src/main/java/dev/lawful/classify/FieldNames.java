package dev.lawful.classify;

import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * The readings of one type's field names (constants left out), read once: the owner's
 * context needs every field's (a type with firstName and email is about a person), and each
 * field's classification needs its own, so a type's fields are read once, not twice.
 */
final class FieldNames {

    private final TypeInfo type;
    /** By field name: a type's fields have distinct names, and a reading depends on nothing else. */
    private final Map<String, NameReading> byName;

    private FieldNames(TypeInfo type, Map<String, NameReading> byName) {
        this.type = type;
        this.byName = byName;
    }

    static FieldNames read(CompiledTaxonomy taxonomy, TypeInfo type) {
        Map<String, NameReading> byName = new HashMap<>(type.fields().size() * 4 / 3 + 1);
        for (CodeElement field : type.fields()) {
            if (!field.isConstant()) {
                byName.put(field.member(), NameReading.read(taxonomy, "field name", field.member()));
            }
        }
        return new FieldNames(type, byName);
    }

    TypeInfo type() {
        return type;
    }

    /** The reading of a field that is not a constant, if this type has a field of its name; otherwise null. */
    NameReading of(CodeElement field) {
        return field.isConstant() ? null : byName.get(field.member());
    }
}
