package dev.lawful.policy.load;

import dev.lawful.policy.SourceRef;
import java.io.Reader;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML document into SnakeYAML's node tree and nothing more: no object is ever
 * constructed, every scalar stays text (so {@code NO} is Norway, not false), explicit tags
 * other than str, int, seq and map are refused, and the input is bounded in size, nesting
 * and alias use.
 */
final class SafeYamlReader {

    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 40;
    /** Nodes after expanding aliases; the bundled taxonomy has about 10,000. */
    static final int MAX_EXPANDED_NODES = 500_000;

    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.SEQ, Tag.MAP);

    private final boolean ruleFile;

    /** A reader for the analyzer's own data files, whose syntax errors are described in full. */
    SafeYamlReader() {
        this(false);
    }

    private SafeYamlReader(boolean ruleFile) {
        this.ruleFile = ruleFile;
    }

    /**
     * A reader for rule files: a syntax error in a file that has not shown a top-level
     * {@code lawful:} key by then is reported by position only, since it may be any file of
     * the machine (a key store, {@code /etc/passwd}) and the problem text can quote it.
     */
    static SafeYamlReader forRuleFiles() {
        return new SafeYamlReader(true);
    }

    /** The root node, or empty when the file is unusable (the problems say why). */
    Optional<Node> read(Reader reader, String file, Problems problems) {
        Node root;
        WatchedParser parser = new WatchedParser(new ParserImpl(new StreamReader(reader), options()));
        try {
            root = new Composer(parser, new TextOnlyResolver(), options()).getSingleNode();
        } catch (MarkedYAMLException e) {
            problems.add(at(file, e.getProblemMark()), ruleFile && !parser.sawFormatKey()
                    ? "not readable as YAML, and no 'lawful: 1' before this point, so it is not taken for a rule"
                            + " file and nothing of it is shown"
                    : "malformed YAML: " + describe(e));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(crossedAtAnEvent(e) ? at(file, parser.lastMark()) : SourceRef.of(file), refusal(e));
            return Optional.empty();
        }
        if (root == null) {
            problems.add(new SourceRef(file, 1, 1), "empty rule file; expected a map starting with 'lawful: 1'");
            return Optional.empty();
        }
        int before = problems.size();
        new TreeCheck(file, problems).expandedSize(root);
        return problems.size() == before ? Optional.of(root) : Optional.empty();
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        options.setMergeOnCompose(false);
        // Tags are checked on the tree below, with the rule file's position in the message.
        options.setTagInspector(tag -> true);
        return options;
    }

    static SourceRef at(String file, Mark mark) {
        return mark == null ? SourceRef.of(file) : new SourceRef(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "unreadable" : e.getProblem();
        String context = e.getContext();
        return context == null ? problem : context + ": " + problem;
    }

    /** An alias or nesting limit, crossed at the event just read; other refusals are about the whole file. */
    private static boolean crossedAtAnEvent(YAMLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return !(e.getCause() instanceof java.nio.charset.CharacterCodingException)
                && (message.contains("aliases") || message.contains("nesting"));
    }

    private static String refusal(YAMLException e) {
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return "not a UTF-8 text file";
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("exceeds the limit")) {
            return "rule file is too large: the limit is " + MAX_CODE_POINTS + " characters (3 MB)";
        }
        if (message.contains("aliases")) {
            return "this alias (*name) to a list or map is one more than the limit of " + MAX_ALIASES
                    + " such aliases; refused as a possible alias bomb";
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("nesting")) {
            return "nested more than " + MAX_NESTING + " levels deep; refused";
        }
        return "unreadable YAML: " + message;
    }

    /**
     * Passes the parser's events on, remembering where the last one started (the alias or
     * the nesting that crossed a limit) and whether the root map had a {@code lawful} key.
     */
    private static final class WatchedParser implements Parser {

        private final Parser parser;
        private Mark lastMark;
        private int depth;
        private boolean formatKey;

        WatchedParser(Parser parser) {
            this.parser = parser;
        }

        Mark lastMark() {
            return lastMark;
        }

        boolean sawFormatKey() {
            return formatKey;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            lastMark = event.getStartMark();
            if (event instanceof CollectionStartEvent) {
                depth++;
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            } else if (depth == 1 && event instanceof ScalarEvent scalar && scalar.getValue().equals("lawful")) {
                formatKey = true;
            }
            return event;
        }
    }

    /** Resolves every untagged scalar to text: typing is the rule-file parser's job. */
    private static final class TextOnlyResolver extends Resolver {

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            return switch (kind) {
                case scalar -> Tag.STR;
                case sequence -> Tag.SEQ;
                default -> Tag.MAP;
            };
        }
    }

    /** Walks each distinct node once: refuses tags and recursion, bounds the expanded size. */
    private static final class TreeCheck {

        private final String file;
        private final Problems problems;
        private final Map<Node, Long> sizes = new IdentityHashMap<>();
        private final Set<Node> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean recursive;

        TreeCheck(String file, Problems problems) {
            this.file = file;
            this.problems = problems;
        }

        long expandedSize(Node root) {
            long size = sizeOf(root);
            if (size > MAX_EXPANDED_NODES && !recursive) {
                problems.add(SourceRef.of(file), "aliases expand the document to " + size
                        + " nodes, more than the limit of " + MAX_EXPANDED_NODES + "; refused as an alias bomb");
            }
            return size;
        }

        private long sizeOf(Node node) {
            Long known = sizes.get(node);
            if (known != null) {
                return known;
            }
            if (!open.add(node)) {
                recursive = true;
                problems.add(at(file, node.getStartMark()), "an alias refers to a list or map that contains it");
                return MAX_EXPANDED_NODES + 1L;
            }
            checkTag(node);
            long size = 1;
            if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    size = cap(size + sizeOf(item));
                }
            } else if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    size = cap(size + sizeOf(tuple.getKeyNode()) + sizeOf(tuple.getValueNode()));
                }
            }
            open.remove(node);
            sizes.put(node, size);
            return size;
        }

        private static long cap(long size) {
            return Math.min(size, Integer.MAX_VALUE);
        }

        private void checkTag(Node node) {
            Tag tag = node.getTag();
            if (!ALLOWED_TAGS.contains(tag)) {
                problems.add(at(file, node.getStartMark()), "tag '" + shortName(tag)
                        + "' is not allowed; rule files are plain YAML (text, numbers, lists and maps) without tags");
            }
        }

        private static String shortName(Tag tag) {
            String value = tag.getValue();
            return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
        }
    }
}
