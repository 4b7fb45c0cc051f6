package dev.lawful.policy.load;

import dev.lawful.policy.SourceRef;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The rule file being parsed and where its problems go. */
record ParseContext(String file, Problems problems) {

    SourceRef at(Node node) {
        return SafeYamlReader.at(file, node.getStartMark());
    }

    void error(Node node, String message) {
        problems.add(at(node), message);
    }

    void error(SourceRef where, String message) {
        problems.add(where, message);
    }

    /** A YAML null: a plain {@code ~}, {@code null} or nothing at all. Quoted "null" is text. */
    static boolean isNull(Node node) {
        if (!(node instanceof ScalarNode scalar) || !scalar.isPlain()) {
            return false;
        }
        String value = scalar.getValue();
        return value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                || value.equals("NULL");
    }

    /** How a node reads in a message: "a list", "a map", "'text'", "nothing". */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (isNull(node)) {
            return "nothing";
        }
        return "'" + abbreviate(((ScalarNode) node).getValue()) + "'";
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
