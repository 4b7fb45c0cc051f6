package dev.lawful.policy.load;

import dev.lawful.policy.SourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What the section parsers of one rule file share: the file's context, checks of id and
 * value formats, duplicate ids within the file, and the references to check later.
 */
final class EntryReader {

    static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern DOTTED_ID = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final RuleFile target;
    private final ParseContext context;
    private final Map<IdKind, Map<String, SourceRef>> seenIds = new EnumMap<>(IdKind.class);

    EntryReader(RuleFile target, ParseContext context) {
        this.target = target;
        this.context = context;
    }

    RuleFile target() {
        return target;
    }

    ParseContext context() {
        return context;
    }

    /** Reads each item of a list section as a map with the given keys. */
    void eachMap(YamlMap parent, String key, String label, Collection<String> keys, Consumer<YamlMap> reader) {
        List<Node> items = parent.items(key);
        for (int i = 0; i < items.size(); i++) {
            String what = describe(label, peekId(items.get(i)), i);
            YamlMap.of(items.get(i), what, keys, context).ifPresent(reader);
        }
    }

    private static String peekId(Node node) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode value && !ParseContext.isNull(value)) {
                    return value.getValue();
                }
            }
        }
        return null;
    }

    /**
     * The entry's id: required, in the kind's format, unique in this file. Returns null
     * when missing; a badly formed or duplicate id is reported and still returned.
     */
    String id(YamlMap map, IdKind kind) {
        Scalar id = map.requiredScalar("id");
        if (id == null) {
            return null;
        }
        Pattern format = kind == IdKind.CATEGORY || kind == IdKind.SUBJECT ? DOTTED_ID : KEBAB_ID;
        if (!format.matcher(id.value()).matches()) {
            context.error(id.ref(), "expected " + (kind == IdKind.CATEGORY
                    ? "a dotted id of lower-case words (user.contact.email)"
                    : kind == IdKind.SUBJECT ? "a fideslang data-subject key of lower-case words and '_' (job_applicant)"
                    : "a kebab-case id (lower-case letters, digits and '-')") + " for the " + kind.label()
                    + ", found '" + ParseContext.abbreviate(id.value()) + "'");
        }
        SourceRef first = seenIds.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(id.value(), id.ref());
        if (first != null) {
            context.error(id.ref(), "duplicate " + kind.label() + " id '" + id.value() + "' (first at line "
                    + first.line() + ")");
        }
        return id.value();
    }

    /** Records references to ids of {@code kind} and returns the ids. */
    List<String> refer(IdKind kind, List<Scalar> ids, String owner) {
        List<String> values = new ArrayList<>();
        for (Scalar id : ids) {
            target.references.add(new Reference(kind, id.value(), id.ref(), owner));
            values.add(id.value());
        }
        return values;
    }

    String refer(IdKind kind, Scalar id, String owner) {
        if (id == null) {
            return null;
        }
        target.references.add(new Reference(kind, id.value(), id.ref(), owner));
        return id.value();
    }

    /** An ISO 3166-1 alpha-2 code (SE, FI, US, NO), or null. */
    String country(YamlMap map) {
        Scalar country = map.scalar("country");
        if (country == null) {
            return null;
        }
        if (!COUNTRIES.contains(country.value())) {
            String upper = country.value().toUpperCase(Locale.ROOT);
            context.error(country.ref(), "expected an ISO 3166-1 alpha-2 country code (SE, FI, US) for 'country' in "
                    + map.what() + ", found '" + ParseContext.abbreviate(country.value()) + "'"
                    + (COUNTRIES.contains(upper) ? "; did you mean '" + upper + "'?" : ""));
        }
        return country.value();
    }

    /** Texts of a list that must each match {@code format}; a bad one is reported with the hint. */
    List<String> formatted(YamlMap map, String key, Pattern format, String expected) {
        List<String> values = new ArrayList<>();
        for (Scalar value : map.scalars(key)) {
            if (format.matcher(value.value()).matches()) {
                values.add(value.value());
            } else {
                context.error(value.ref(), "expected " + expected + " in '" + key + "' of " + map.what()
                        + ", found '" + ParseContext.abbreviate(value.value()) + "'");
            }
        }
        return values;
    }

    /** Optional single text that must match {@code format}. */
    Optional<String> formatted(Scalar value, Pattern format, String expected, String key, String what) {
        if (value == null) {
            return Optional.empty();
        }
        if (!format.matcher(value.value()).matches()) {
            context.error(value.ref(), "expected " + expected + " for '" + key + "' in " + what + ", found '"
                    + ParseContext.abbreviate(value.value()) + "'");
        }
        return Optional.of(value.value());
    }

    /** "purpose 'marketing'" or "purpose #3" when the id is missing. */
    static String describe(String label, String id, int index) {
        return id == null ? label + " #" + (index + 1) : label + " '" + id + "'";
    }
}
