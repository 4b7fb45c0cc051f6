package dev.lawful.scan;

import java.util.List;

/**
 * Everything one scan needs from one compilation unit, kept after its syntax tree is dropped.
 *
 * @param path relative to the scanned root, with '/'
 * @param imports imported names, as written ({@code com.google.analytics.Tracker}, {@code com.stripe.*})
 * @param stringLiterals string constants that look like URLs or host names, for recipient detection
 */
public record SourceFileScan(String path, List<TypeInfo> types, List<Import> imports, List<Literal> stringLiterals) {

    public SourceFileScan {
        types = List.copyOf(types);
        imports = List.copyOf(imports);
        stringLiterals = List.copyOf(stringLiterals);
    }

    /** An import declaration ({@code com.stripe.*} for an on-demand import) and its line. */
    public record Import(String name, int line) {
    }

    /** A string literal and where it stands. */
    public record Literal(String value, int line, int column) {
    }
}
