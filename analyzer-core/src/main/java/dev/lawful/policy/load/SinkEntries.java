package dev.lawful.policy.load;

import dev.lawful.policy.FlowVocabulary;
import dev.lawful.policy.Sink;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the flow sections: {@code sinks} (where data leaves a method) and the {@code flow} vocabulary. */
final class SinkEntries {

    static final List<String> SINK_KEYS =
            List.of("id", "name", "kind", "service", "types", "methods", "constructs", "lombok");
    static final List<String> FLOW_KEYS = List.of("sanitizers", "tests", "mutators", "keys", "keyCategories", "severe");
    static final List<String> KINDS = Arrays.stream(Sink.Kind.values()).map(Sink.Kind::label).toList();

    private static final Pattern METHOD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern TYPE_GLOB = Pattern.compile("[A-Za-z_$*][A-Za-z0-9_$*]*(\\.[A-Za-z_$*][A-Za-z0-9_$*]*)*");
    private static final Pattern METHOD_GLOB = Pattern.compile("[A-Za-z_$*][A-Za-z0-9_$*]*");

    private final EntryReader reader;

    SinkEntries(EntryReader reader) {
        this.reader = reader;
    }

    void read(YamlMap root) {
        RuleFile file = reader.target();
        reader.eachMap(root, "sinks", "sink", SINK_KEYS, m -> file.sinks.add(sink(m)));
        root.map("flow", "'flow'", FLOW_KEYS).ifPresent(m -> file.flow = vocabulary(m));
    }

    private Sink sink(YamlMap map) {
        String id = reader.id(map, IdKind.SINK);
        String kind = map.choice("kind", KINDS);
        if (!map.has("kind")) {
            reader.context().error(map.where(), "missing required key 'kind' in " + map.what()
                    + " (expected one of: " + String.join(", ", KINDS) + ")");
        }
        List<String> types = reader.formatted(map, "types", TYPE_GLOB,
                "a receiver type (org.slf4j.Logger), a static receiver (System.out), or a simple name with '*' (*Exception)");
        List<String> constructs = reader.formatted(map, "constructs", TYPE_GLOB,
                "a type name whose constructor is the sink, '*' as a wildcard (*Exception)");
        if (types.isEmpty() && constructs.isEmpty()) {
            reader.context().error(map.where(), "expected 'types' or 'constructs' in " + map.what()
                    + ": the receivers whose calls are the sink, or the types whose constructors are");
        }
        return new Sink(id, map.text("name"), kind == null ? null : Sink.Kind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_')),
                reader.refer(IdKind.SERVICE, map.scalar("service"), IdKind.SINK.owner(id)), types,
                reader.formatted(map, "methods", METHOD, "a method name (info)"), constructs,
                reader.formatted(map, "lombok", METHOD, "a Lombok logger annotation's simple name (Slf4j)"), map.where());
    }

    private FlowVocabulary vocabulary(YamlMap map) {
        return new FlowVocabulary(
                reader.formatted(map, "sanitizers", METHOD_GLOB, "a method name, '*' as a wildcard (sha256*, mask*)"),
                reader.formatted(map, "tests", METHOD, "a method name (isEmpty)"),
                reader.formatted(map, "mutators", METHOD, "a method name (append)"),
                reader.formatted(map, "keys", METHOD_GLOB, "a member name, '*' as a wildcard (id, *Id)"),
                reader.refer(IdKind.CATEGORY, map.scalars("keyCategories"), null),
                reader.refer(IdKind.CATEGORY, map.scalars("severe"), null));
    }
}
