package dev.lawful.classify;

import dev.lawful.ConfigurationException;
import dev.lawful.policy.load.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * The words the classifier reads the type graph by, bundled in
 * {@code dev/lawful/classify/structure.yaml}.
 *
 * @param builders last words of a type name that make it a builder of the type its other words
 *     name (AddressBuilder): its fields are read in that type's context
 * @param schemaSuffixes last words of generated schema classes (AnschriftType): a class named so
 *     that holds personal data is read by the words before it
 * @param periodTypes types of dates and times: a field of one in an address says when it held,
 *     it is no part of the address
 */
record StructureVocabulary(List<String> builders, List<String> schemaSuffixes, Set<String> periodTypes) {

    private static final String BUILTIN = "/dev/lawful/classify/structure.yaml";
    private static final List<String> KEYS = List.of("builders", "schemaSuffixes", "periodTypes");

    StructureVocabulary {
        builders = List.copyOf(builders);
        schemaSuffixes = List.copyOf(schemaSuffixes);
        periodTypes = Set.copyOf(periodTypes);
    }

    private static final StructureVocabulary LOADED = load();

    static StructureVocabulary builtin() {
        return LOADED;
    }

    private static StructureVocabulary load() {
        try (InputStream in = StructureVocabulary.class.getResourceAsStream(BUILTIN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILTIN);
            }
            DataFile data = DataFile.read(in, BUILTIN, KEYS);
            return new StructureVocabulary(data.texts("builders"), data.texts("schemaSuffixes"), Set.copyOf(data.texts("periodTypes")));
        } catch (IOException | ConfigurationException e) {
            throw new IllegalStateException("bundled structure vocabulary is broken: " + e.getMessage(), e);
        }
    }
}
