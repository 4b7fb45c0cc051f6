package dev.lawful.policy.load;

import dev.lawful.policy.NameSuggester;

import dev.lawful.policy.SourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML map of a rule file read against the keys it may have. Unknown and duplicate keys
 * are reported when it is made; each getter reports a value of the wrong type and returns
 * what the caller should use instead (null, or an empty list), so that parsing goes on and
 * every problem of a file is reported at once.
 */
final class YamlMap {

    private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE");

    private final MappingNode node;
    private final String what;
    private final ParseContext context;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    /** Valid keys suggested for misspelt ones: their absence is not reported again. */
    private final java.util.Set<String> misspelt = new java.util.HashSet<>();

    private YamlMap(MappingNode node, String what, Collection<String> keys, ParseContext context) {
        this.node = node;
        this.what = what;
        this.context = context;
        for (NodeTuple tuple : node.getValue()) {
            addEntry(tuple, keys);
        }
    }

    /** Reads {@code node} as a map with the given keys; empty (and reported) when it is not a map. */
    static Optional<YamlMap> of(Node node, String what, Collection<String> keys, ParseContext context) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, what, keys, context));
        }
        context.error(node, "expected a map (key: value lines) for " + what + ", found "
                + ParseContext.describe(node));
        return Optional.empty();
    }

    private void addEntry(NodeTuple tuple, Collection<String> keys) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalarKey)) {
            context.error(keyNode, "expected a plain key in " + what + ", found " + ParseContext.describe(keyNode));
            return;
        }
        String key = scalarKey.getValue();
        NodeTuple first = entries.get(key);
        if (first != null) {
            context.error(keyNode, "duplicate key '" + key + "' in " + what + " (first at line "
                    + context.at(first.getKeyNode()).line() + ")");
            return;
        }
        if (!keys.contains(key)) {
            misspelt.addAll(NameSuggester.closest(key, keys));
            String hint = key.equals("<<")
                    ? "; merge keys (<<) are not supported, write the entries out"
                    : isValueSplitByAComma(tuple)
                            ? "; a comma separates the entries of {...}: quote a value that holds one (\"a, b\")"
                            : NameSuggester.hint(key, keys);
            context.error(keyNode, "unknown key '" + key + "' in " + what + hint
                    + " (expected one of: " + String.join(", ", keys) + ")");
            return;
        }
        entries.put(key, tuple);
    }

    /** A key without value in a one-line map: the rest of a value that had a comma, as in {@code {address: Storgatan 1, Stockholm}}. */
    private boolean isValueSplitByAComma(NodeTuple tuple) {
        return node.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                && tuple.getValueNode() instanceof ScalarNode value
                && value.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && value.getValue().isEmpty();
    }

    String what() {
        return what;
    }

    ParseContext context() {
        return context;
    }

    SourceRef where() {
        return context.at(node);
    }

    /** Where the key was written, or the map itself when the key is absent. */
    SourceRef where(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? where() : context.at(tuple.getKeyNode());
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    Set<String> keys() {
        return entries.keySet();
    }

    /** The value of a key, or empty when absent or null. */
    Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || ParseContext.isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    /** Text, or null when absent or of the wrong type. */
    Scalar scalar(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return null;
        }
        if (value.get() instanceof ScalarNode scalar) {
            return new Scalar(scalar.getValue(), context.at(scalar));
        }
        wrongType(key, "text", value.get());
        return null;
    }

    String text(String key) {
        Scalar scalar = scalar(key);
        return scalar == null ? null : scalar.value();
    }

    Scalar requiredScalar(String key) {
        if (!entries.containsKey(key)) {
            if (!misspelt.contains(key)) {
                context.error(where(), "missing required key '" + key + "' in " + what);
            }
            return null;
        }
        Scalar scalar = scalar(key);
        if (scalar == null && value(key).isEmpty()) {
            context.error(where(key), "expected a value for '" + key + "' in " + what + ", found nothing");
        }
        return scalar;
    }

    String requiredText(String key) {
        Scalar scalar = requiredScalar(key);
        return scalar == null ? null : scalar.value();
    }

    /** true or false (also True/TRUE); YAML 1.1 words such as yes, no, on and off are refused. */
    boolean flag(String key, boolean absent) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return absent;
        }
        if (value.get() instanceof ScalarNode scalar && scalar.isPlain()) {
            if (TRUE.contains(scalar.getValue())) {
                return true;
            }
            if (FALSE.contains(scalar.getValue())) {
                return false;
            }
        }
        wrongType(key, "true or false", value.get());
        return absent;
    }

    /** A whole number, or null when absent or not a number. */
    Integer integer(String key) {
        Scalar scalar = scalar(key);
        if (scalar == null) {
            return null;
        }
        try {
            return Integer.valueOf(scalar.value().trim());
        } catch (NumberFormatException e) {
            context.error(scalar.ref(), "expected a whole number for '" + key + "' in " + what + ", found '"
                    + ParseContext.abbreviate(scalar.value()) + "'");
            return null;
        }
    }

    /** One of {@code choices}, or null when absent or not one of them (reported with suggestions). */
    String choice(String key, Collection<String> choices) {
        Scalar scalar = scalar(key);
        if (scalar == null) {
            return null;
        }
        if (choices.contains(scalar.value())) {
            return scalar.value();
        }
        context.error(scalar.ref(), "expected one of " + String.join(", ", choices) + " for '" + key + "' in "
                + what + ", found '" + ParseContext.abbreviate(scalar.value()) + "'"
                + NameSuggester.hint(scalar.value().toLowerCase(Locale.ROOT), choices));
        return null;
    }

    /** A list of texts; empty when absent or of the wrong type. */
    List<Scalar> scalars(String key) {
        return scalars(key, false);
    }

    /** A list of texts, or a single text standing for a list of one. */
    List<Scalar> scalarOrScalars(String key) {
        return scalars(key, true);
    }

    private List<Scalar> scalars(String key, boolean singleAllowed) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (singleAllowed && value.get() instanceof ScalarNode scalar) {
            return List.of(new Scalar(scalar.getValue(), context.at(scalar)));
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            wrongType(key, singleAllowed ? "text or a list of texts" : "a list of texts", value.get());
            return List.of();
        }
        List<Scalar> scalars = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !ParseContext.isNull(scalar)) {
                scalars.add(new Scalar(scalar.getValue(), context.at(scalar)));
            } else {
                context.error(item, "expected text in the list '" + key + "' of " + what + ", found "
                        + ParseContext.describe(item));
            }
        }
        return scalars;
    }

    List<String> texts(String key) {
        return scalars(key).stream().map(Scalar::value).toList();
    }

    /** The items of a list (of maps, usually); empty when absent or not a list. */
    List<Node> items(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        wrongType(key, "a list", value.get());
        return List.of();
    }

    /** A nested map, empty when absent or not a map. */
    Optional<YamlMap> map(String key, String nestedWhat, Collection<String> keys) {
        return value(key).flatMap(value -> of(value, nestedWhat, keys, context));
    }

    private void wrongType(String key, String expected, Node found) {
        context.error(found, "expected " + expected + " for '" + key + "' in " + what + ", found "
                + ParseContext.describe(found));
    }
}
