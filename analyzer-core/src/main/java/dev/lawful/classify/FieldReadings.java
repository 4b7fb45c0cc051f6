package dev.lawful.classify;

import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import java.util.ArrayList;
import java.util.List;

/** A field's names as read: its own, then every name an annotation gives it in storage or on the wire. */
final class FieldReadings {

    private FieldReadings() {
    }

    /** The field name's reading first, then the annotations' (a reference's join column names the key, not the data). */
    static List<NameReading> of(CompiledTaxonomy taxonomy, CodeElement element) {
        List<NameReading> readings = new ArrayList<>();
        boolean keyTyped = JavaVocabulary.builtin().keyTypes().contains(element.type());
        boolean reference = !keyTyped && TypeNames.of(element.type()).stream()
                .anyMatch(name -> !JavaVocabulary.builtin().plainTypes().contains(name));
        readings.add(NameReading.read(taxonomy, "field name", element.member(), keyTyped));
        for (AnnotationUse annotation : element.annotations()) {
            if (reference && annotation.name().equals("JoinColumn")) {
                continue;
            }
            for (String key : JavaVocabulary.attributes(JavaVocabulary.builtin().namingAnnotations(), annotation.name())) {
                String value = annotation.value(key);
                if (value == null || value.isBlank()) {
                    continue;
                }
                for (String name : value.split(",")) {
                    String trimmed = name.trim();
                    if (!trimmed.isEmpty() && !trimmed.equalsIgnoreCase(element.member())) {
                        readings.add(NameReading.read(taxonomy, "@" + annotation.name() + " " + key, trimmed, keyTyped));
                    }
                }
            }
        }
        return readings;
    }
}
