package dev.lawful.classify;

import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A field's names as read: its own, then every name an annotation gives it in storage or on the wire. */
final class FieldReadings {

    private static final Pattern CONSTANT_REFERENCE = Pattern.compile("(?:[A-Za-z_$][\\w$]*\\.)+([A-Za-z_$][\\w$]*)");

    private FieldReadings() {
    }

    /** The field name's reading first, then the annotations' (a reference's join column names the key, not the data). */
    static List<NameReading> of(CompiledTaxonomy taxonomy, CodeElement element) {
        return of(taxonomy, element, null);
    }

    /**
     * @param fieldName the field name as read without regard to its type (by {@link FieldNames}),
     *     or null; a key-typed field's is read again, since a key type changes what its name says
     */
    static List<NameReading> of(CompiledTaxonomy taxonomy, CodeElement element, NameReading fieldName) {
        List<NameReading> readings = new ArrayList<>();
        boolean keyTyped = JavaVocabulary.builtin().keyTypes().contains(element.type());
        readings.add(fieldName != null && !keyTyped ? fieldName
                : NameReading.read(taxonomy, "field name", element.member(), keyTyped));
        for (AnnotationUse annotation : element.annotations()) {
            if (annotation.name().equals("JoinColumn") && !keyTyped && isReference(element.type())) {
                continue;
            }
            for (String key : JavaVocabulary.attributes(JavaVocabulary.builtin().namingAnnotations(), annotation.name())) {
                String value = annotation.value(key);
                if (value == null || value.isBlank()) {
                    continue;
                }
                for (String name : value.split(",")) {
                    String trimmed = constantName(name.trim());
                    if (!trimmed.isEmpty() && !trimmed.equalsIgnoreCase(element.member())) {
                        readings.add(NameReading.read(taxonomy, "@" + annotation.name() + " " + key, trimmed, keyTyped));
                    }
                }
            }
        }
        return readings;
    }

    /**
     * The name of a constant that the value refers to through its class ({@code
     * ColumnNames.EncounterObservations}): the holder's name says nothing about the column.
     */
    static String constantName(String value) {
        Matcher reference = CONSTANT_REFERENCE.matcher(value);
        return reference.matches() ? reference.group(1) : value;
    }

    private static boolean isReference(String type) {
        return TypeNames.of(type).stream().anyMatch(name -> !JavaVocabulary.builtin().plainTypes().contains(name));
    }
}
