package dev.lawful.scan;

import java.util.List;
import java.util.Map;

/**
 * Everything one scan needs from one compilation unit, kept after its syntax tree is dropped.
 *
 * @param path relative to the scanned root, with '/'
 * @param imports imported names, as written ({@code com.google.analytics.Tracker}, {@code com.stripe.*})
 * @param stringLiterals string constants that look like URLs or host names, for recipient detection
 * @param sinkCalls calls to sinks that values from outside their method reach (empty unless
 *     the pre-filter found a sink in the file)
 * @param toStringMembers for each type of the file with a hand-written {@code toString}, the
 *     members it names
 */
public record SourceFileScan(String path, List<TypeInfo> types, List<Import> imports, List<Literal> stringLiterals,
        List<SinkCall> sinkCalls, Map<String, List<String>> toStringMembers) {

    public SourceFileScan {
        types = List.copyOf(types);
        imports = List.copyOf(imports);
        stringLiterals = List.copyOf(stringLiterals);
        sinkCalls = List.copyOf(sinkCalls);
        toStringMembers = Map.copyOf(toStringMembers);
    }

    /** A file without flow facts. */
    public SourceFileScan(String path, List<TypeInfo> types, List<Import> imports, List<Literal> stringLiterals) {
        this(path, types, imports, stringLiterals, List.of(), Map.of());
    }

    /** An import declaration ({@code com.stripe.*} for an on-demand import) and its line. */
    public record Import(String name, int line) {
    }

    /** A string literal and where it stands. */
    public record Literal(String value, int line, int column) {
    }
}
