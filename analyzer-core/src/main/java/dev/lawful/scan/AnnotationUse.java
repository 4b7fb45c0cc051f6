package dev.lawful.scan;

import java.util.Map;
import java.util.TreeMap;

/**
 * An annotation as written on a class or member: its simple name and its attribute
 * values as source text with quotes removed ({@code @Column(name = "e_mail")} gives
 * name "Column", values {name=e_mail}). A single-value annotation uses key "value".
 */
public record AnnotationUse(String name, Map<String, String> values) {

    public AnnotationUse {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static AnnotationUse marker(String name) {
        return new AnnotationUse(name, Map.of());
    }

    public String value(String key) {
        return values.get(key);
    }
}
