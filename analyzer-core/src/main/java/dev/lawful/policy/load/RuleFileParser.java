package dev.lawful.policy.load;

import dev.lawful.policy.NameSuggester;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Turns the node tree of one rule file into a {@link RuleFile}, reporting every problem it finds. */
final class RuleFileParser {

    static final int FORMAT_VERSION = 1;
    static final List<String> TOP_KEYS = List.of("lawful", "id", "name", "extends", "controller", "register",
            "created", "legalBases", "transferMechanisms", "purposes", "categories", "detection", "vocabulary",
            "disclosedCategories", "retention", "services", "sinks", "flow", "recipients", "cookies", "sources", "rights",
            "declarations", "classification", "subjects", "securityMeasures", "dpia");
    static final List<String> RIGHTS = List.of("access", "rectification", "erasure", "restriction", "portability",
            "objection", "withdraw-consent", "complaint", "automated-decision");

    /**
     * Whether a file is a rule file at all, before anything of it is quoted in a message: a
     * map with the {@code lawful} key, or (a rule file that forgot it) only rule-file keys.
     */
    static boolean looksLikeRuleFile(Node root) {
        if (!(root instanceof MappingNode map)) {
            return false;
        }
        List<String> keys = map.getValue().stream()
                .map(tuple -> tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "")
                .toList();
        return keys.contains("lawful") || TOP_KEYS.containsAll(keys);
    }

    RuleFile parse(Node root, ParseContext context) {
        RuleFile file = new RuleFile(context.file());
        YamlMap.of(root, "the rule file", TOP_KEYS, context).ifPresent(map -> read(map, file, context));
        return file;
    }

    private void read(YamlMap map, RuleFile file, ParseContext context) {
        map.keys().forEach(key -> file.locations.put(key, map.where(key)));
        version(map, context);
        EntryReader reader = new EntryReader(file, context);
        Scalar id = map.requiredScalar("id");
        if (id != null) {
            reader.formatted(id, EntryReader.KEBAB_ID, "a kebab-case id (lower-case letters, digits and '-')",
                    "id", "the rule file");
            file.id = id.value();
            file.idRef = id.ref();
        }
        file.name = map.text("name");
        file.extendsRefs.addAll(map.scalarOrScalars("extends"));
        file.register = map.text("register");
        file.created = created(map, context);
        TaxonomyEntries taxonomy = new TaxonomyEntries(reader);
        taxonomy.read(map);
        new PolicyEntries(reader, taxonomy).read(map);
        new SinkEntries(reader).read(map);
        if (map.keys().contains("disclosedCategories")) {
            file.disclosedCategories = listed(map, "disclosedCategories", file, reader, IdKind.CATEGORY);
        }
        file.sources.addAll(distinct(map.texts("sources")));
        file.rights.addAll(rights(map, file, context));
    }

    private static void version(YamlMap map, ParseContext context) {
        Scalar written = map.requiredScalar("lawful");
        if (written != null && !written.value().equals(String.valueOf(FORMAT_VERSION))) {
            context.error(written.ref(), "expected format version " + FORMAT_VERSION + " for 'lawful', found '"
                    + ParseContext.abbreviate(written.value()) + "'; this Lawful reads version "
                    + FORMAT_VERSION + " only");
        }
    }

    private static String created(YamlMap map, ParseContext context) {
        Scalar created = map.scalar("created");
        if (created == null) {
            return null;
        }
        try {
            LocalDate.parse(created.value());
        } catch (DateTimeParseException e) {
            context.error(created.ref(), "expected a date as YYYY-MM-DD for 'created' in the rule file, found '"
                    + ParseContext.abbreviate(created.value()) + "'");
        }
        return created.value();
    }

    private static List<String> listed(YamlMap map, String key, RuleFile file, EntryReader reader, IdKind kind) {
        List<Scalar> scalars = map.scalars(key);
        scalars.forEach(s -> file.locations.putIfAbsent(key + "/" + s.value(), s.ref()));
        return distinct(reader.refer(kind, scalars, key));
    }

    private static List<String> rights(YamlMap map, RuleFile file, ParseContext context) {
        Set<String> rights = new LinkedHashSet<>();
        for (Scalar right : map.scalars("rights")) {
            if (RIGHTS.contains(right.value())) {
                rights.add(right.value());
                file.locations.putIfAbsent("rights/" + right.value(), right.ref());
            } else {
                context.error(right.ref(), "unknown right '" + ParseContext.abbreviate(right.value()) + "' in 'rights'"
                        + NameSuggester.hint(right.value(), RIGHTS) + " (expected one of: "
                        + String.join(", ", RIGHTS) + ")");
            }
        }
        return List.copyOf(rights);
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
