package dev.lawful.classify;

import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A field's names as read: its own, then every name an annotation gives it in storage or on the wire. */
final class FieldReadings {

    /** Annotation attributes that rename a field in storage or on the wire. */
    private static final Map<String, List<String>> NAMING_ANNOTATIONS = Map.of(
            "Column", List.of("name"),
            "JoinColumn", List.of("name"),
            "JsonProperty", List.of("value"),
            "JsonAlias", List.of("value"),
            "SerializedName", List.of("value", "alternate"),
            "JsonbProperty", List.of("value"),
            "Field", List.of("value", "name"),
            "XmlElement", List.of("name"),
            "XmlAttribute", List.of("name"),
            "Json", List.of("name"));

    private FieldReadings() {
    }

    /** The field name's reading first, then the annotations' (a reference's join column names the key, not the data). */
    static List<NameReading> of(CompiledTaxonomy taxonomy, CodeElement element) {
        List<NameReading> readings = new ArrayList<>();
        boolean keyTyped = TaxonomyClassifier.KEY_TYPES.contains(element.type());
        boolean reference = !keyTyped && TypeNames.of(element.type()).stream()
                .anyMatch(name -> !TaxonomyClassifier.PLAIN_TYPES.contains(name));
        readings.add(NameReading.read(taxonomy, "field name", element.member(), keyTyped));
        for (AnnotationUse annotation : element.annotations()) {
            if (reference && annotation.name().equals("JoinColumn")) {
                continue;
            }
            for (String key : NAMING_ANNOTATIONS.getOrDefault(annotation.name(), List.of())) {
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
