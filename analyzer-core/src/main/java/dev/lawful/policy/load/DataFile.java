package dev.lawful.policy.load;

import dev.lawful.ConfigurationException;
import dev.lawful.policy.SourceRef;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML data file of the analyzer (word lists, weights, language packs) read through the
 * same hardened reader as rule files: no object constructed, every scalar text, bounded
 * size; a value of the wrong shape is reported with {@code file:line:column}.
 */
public final class DataFile {

    private final String file;
    private final Map<String, Node> entries;

    private DataFile(String file, Map<String, Node> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads a map at the root; the keys may be any of {@code keys}. */
    public static DataFile read(InputStream in, String file, List<String> keys) throws ConfigurationException {
        Problems problems = new Problems();
        Node root = new SafeYamlReader().read(new InputStreamReader(in, StandardCharsets.UTF_8), file, problems)
                .orElse(null);
        if (root == null) {
            throw new ConfigurationException(problems.sorted());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw error(file, root, "expected a map at the top of the file");
        }
        return of(mapping, file, keys);
    }

    private static DataFile of(MappingNode mapping, String file, List<String> keys) throws ConfigurationException {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null || !keys.contains(key)) {
                throw error(file, tuple.getKeyNode(), "unknown key " + (key == null ? "" : "'" + key + "' ")
                        + "(expected one of: " + String.join(", ", keys) + ")");
            }
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw error(file, tuple.getKeyNode(), "duplicate key '" + key + "'");
            }
        }
        return new DataFile(file, entries);
    }

    /** A scalar as text; {@code absent} when the key is missing. */
    public String text(String key, String absent) throws ConfigurationException {
        Node node = entries.get(key);
        if (node == null || ParseContext.isNull(node)) {
            return absent;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw error(file, node, key + ": expected a word, found " + ParseContext.describe(node));
        }
        return scalar.getValue();
    }

    /** A list of maps, each with the given keys. */
    public List<DataFile> maps(String key, List<String> keys) throws ConfigurationException {
        Node node = entries.get(key);
        if (node == null || ParseContext.isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(file, node, key + ": expected a list of maps, found " + ParseContext.describe(node));
        }
        List<DataFile> maps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                throw error(file, item, key + ": expected a map, found " + ParseContext.describe(item));
            }
            maps.add(of(mapping, file, keys));
        }
        return maps;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** A list of words; empty when the key is absent. */
    public List<String> texts(String key) throws ConfigurationException {
        Node node = entries.get(key);
        if (node == null || ParseContext.isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(file, node, key + ": expected a list of words, found " + ParseContext.describe(node));
        }
        List<String> words = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw error(file, item, key + ": expected a word, found " + ParseContext.describe(item));
            }
            words.add(scalar.getValue());
        }
        return words;
    }

    /** A number; {@code absent} when the key is missing. */
    public double number(String key, double absent) throws ConfigurationException {
        Node node = entries.get(key);
        if (node == null) {
            return absent;
        }
        return number(key, node);
    }

    /** A map of names to numbers (weights). */
    public Map<String, Double> numbers(String key) throws ConfigurationException {
        Node node = entries.get(key);
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            throw error(file, node, key + ": expected a map of names to numbers, found " + ParseContext.describe(node));
        }
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = ((ScalarNode) tuple.getKeyNode()).getValue();
            numbers.put(name, number(key + "." + name, tuple.getValueNode()));
        }
        return numbers;
    }

    /** A map of words to words (foldings). */
    public Map<String, String> pairs(String key) throws ConfigurationException {
        Node node = entries.get(key);
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            throw error(file, node, key + ": expected a map of words to words, found " + ParseContext.describe(node));
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode k) || !(tuple.getValueNode() instanceof ScalarNode v)) {
                throw error(file, tuple.getKeyNode(), key + ": expected word: word");
            }
            pairs.put(k.getValue(), v.getValue());
        }
        return pairs;
    }

    private double number(String what, Node node) throws ConfigurationException {
        if (node instanceof ScalarNode scalar) {
            try {
                return Double.parseDouble(scalar.getValue());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error(file, node, what + ": expected a number, found " + ParseContext.describe(node));
    }

    private static ConfigurationException error(String file, Node node, String message) {
        SourceRef where = SafeYamlReader.at(file, node.getStartMark());
        return new ConfigurationException(new dev.lawful.Problem(where, message));
    }
}
