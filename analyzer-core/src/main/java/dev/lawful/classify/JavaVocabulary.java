package dev.lawful.classify;

import dev.lawful.ConfigurationException;
import dev.lawful.policy.load.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the classifiers know of Java's own types and annotations, as data
 * ({@code dev/lawful/classify/java.yaml}): which types hold keys, text, yes/no or amounts, which
 * hold other types, which annotation attributes rename, document or store a type or a field.
 *
 * @param compositeKeyAnnotations annotations of a type whose key is made of several fields (IdClass): each of
 *     them, @Id or not, may be a reference to another record (Schueler_ID in a student's course choices)
 * @param referenceKeyTypes key types that a reference to another record is declared with (Integer, Long,
 *     UUID), not a count (int)
 * @param namingAnnotations annotation name to the attributes that rename a field (Column: name)
 * @param documentationAnnotations annotation name to the attributes that document a field (Schema: description)
 * @param tableAnnotations annotation name to the attributes that name a type's table, in order of preference
 */
record JavaVocabulary(
        Set<String> keyAnnotations,
        Set<String> compositeKeyAnnotations,
        Set<String> keyTypes,
        Set<String> referenceKeyTypes,
        Set<String> textTypes,
        Set<String> yesNoTypes,
        Set<String> amountTypes,
        Set<String> plainTypes,
        Set<String> containerTypes,
        Map<String, List<String>> namingAnnotations,
        Map<String, List<String>> documentationAnnotations,
        Map<String, List<String>> tableAnnotations) {

    static final String BUILTIN = "/dev/lawful/classify/java.yaml";
    private static final List<String> KEYS = List.of("keyAnnotations", "compositeKeyAnnotations", "keyTypes",
            "referenceKeyTypes", "textTypes", "yesNoTypes", "amountTypes", "plainTypes", "containerTypes", "namingAnnotations", "documentationAnnotations",
            "tableAnnotations");
    private static final JavaVocabulary LOADED = load();

    JavaVocabulary {
        keyAnnotations = Set.copyOf(keyAnnotations);
        compositeKeyAnnotations = Set.copyOf(compositeKeyAnnotations);
        keyTypes = Set.copyOf(keyTypes);
        referenceKeyTypes = Set.copyOf(referenceKeyTypes);
        textTypes = Set.copyOf(textTypes);
        yesNoTypes = Set.copyOf(yesNoTypes);
        amountTypes = Set.copyOf(amountTypes);
        plainTypes = Set.copyOf(plainTypes);
        containerTypes = Set.copyOf(containerTypes);
        namingAnnotations = Map.copyOf(namingAnnotations);
        documentationAnnotations = Map.copyOf(documentationAnnotations);
        tableAnnotations = Map.copyOf(tableAnnotations);
    }

    static JavaVocabulary builtin() {
        return LOADED;
    }

    /** The attributes of an annotation in one of the maps; empty for an annotation it does not name. */
    static List<String> attributes(Map<String, List<String>> annotations, String annotation) {
        return annotations.getOrDefault(annotation, List.of());
    }

    private static JavaVocabulary load() {
        try (InputStream in = JavaVocabulary.class.getResourceAsStream(BUILTIN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILTIN);
            }
            return parse(in, BUILTIN);
        } catch (IOException | ConfigurationException e) {
            throw new IllegalStateException("bundled Java vocabulary is broken: " + e.getMessage(), e);
        }
    }

    /** Reads a file with the keys of this record through the hardened YAML reader. */
    static JavaVocabulary parse(InputStream in, String file) throws ConfigurationException {
        DataFile data = DataFile.read(in, file, KEYS);
        return new JavaVocabulary(Set.copyOf(data.texts("keyAnnotations")),
                Set.copyOf(data.texts("compositeKeyAnnotations")), Set.copyOf(data.texts("keyTypes")),
                Set.copyOf(data.texts("referenceKeyTypes")),
                Set.copyOf(data.texts("textTypes")), Set.copyOf(data.texts("yesNoTypes")),
                Set.copyOf(data.texts("amountTypes")), Set.copyOf(data.texts("plainTypes")),
                Set.copyOf(data.texts("containerTypes")), attributeMap(data, file, "namingAnnotations"),
                attributeMap(data, file, "documentationAnnotations"), attributeMap(data, file, "tableAnnotations"));
    }

    /** {@code [Column.name, Schema.description, Schema.title]} as Column: [name], Schema: [description, title]. */
    private static Map<String, List<String>> attributeMap(DataFile data, String file, String key)
            throws ConfigurationException {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String entry : data.texts(key)) {
            int dot = entry.lastIndexOf('.');
            if (dot <= 0 || dot == entry.length() - 1) {
                throw new ConfigurationException(new dev.lawful.Problem(dev.lawful.policy.SourceRef.of(file),
                        key + ": expected Annotation.attribute (Column.name), found '" + entry + "'"));
            }
            map.computeIfAbsent(entry.substring(0, dot), k -> new ArrayList<>()).add(entry.substring(dot + 1));
        }
        map.replaceAll((annotation, attributes) -> List.copyOf(attributes));
        return map;
    }
}
