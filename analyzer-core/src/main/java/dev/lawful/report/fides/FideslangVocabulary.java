package dev.lawful.report.fides;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Lawful's ids in fideslang's words, read from the bundled {@code fideslang.yaml}. */
public final class FideslangVocabulary {

    private static final String RESOURCE = "fideslang.yaml";

    private final Map<String, String> categories;
    private final Map<String, String> legalBases;
    private final Map<String, String> specialCategoryBases;
    private final Map<String, String> transferMechanisms;

    private FideslangVocabulary(Map<?, ?> root) {
        categories = texts(root, "categories");
        legalBases = texts(root, "legalBases");
        specialCategoryBases = texts(root, "specialCategoryBases");
        transferMechanisms = texts(root, "transferMechanisms");
    }

    public static FideslangVocabulary bundled() {
        try (InputStream in = FideslangVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new FideslangVocabulary(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("bundled " + RESOURCE + " is broken: " + e.getMessage(), e);
        }
    }

    /** The fideslang key for a Lawful category: itself, or the key its closest listed ancestor maps to. */
    public String category(String id) {
        for (String current = id; ; current = current.substring(0, current.lastIndexOf('.'))) {
            String mapped = categories.get(current);
            if (mapped != null) {
                return mapped;
            }
            if (current.indexOf('.') < 0) {
                return id;
            }
        }
    }

    /** fideslang's name for an Art. 6(1) basis id, or null. */
    String legalBasis(String id) {
        return legalBases.get(id);
    }

    /** fideslang's name for an Art. 9(2) condition id, or null. */
    String specialCategoryBasis(String id) {
        return specialCategoryBases.get(id);
    }

    /** fideslang's name for a transfer mechanism: Adequacy Decision, SCCs, BCRs, or Other. */
    String transferMechanism(String id) {
        return transferMechanisms.getOrDefault(id, "Other");
    }

    private static Map<String, String> texts(Map<?, ?> root, String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        Object section = root.get(key);
        if (section instanceof Map<?, ?> map) {
            map.forEach((k, v) -> texts.put(k.toString(), v.toString()));
        }
        return Map.copyOf(texts);
    }
}
