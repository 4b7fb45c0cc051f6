package dev.lawful.scan.bytecode;

import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.TypeInfo;
import java.util.List;

/**
 * What one bytecode scan found.
 *
 * @param types the user's own types (every class of the scanned classes entries, and the
 *     classes of dependency jars in the named packages), sorted by qualified name; their
 *     fields have origin {@code BYTECODE}
 * @param entries every classpath entry, in the order given (classes first, then
 *     dependencies), with its coordinates and packages, for recipient detection
 * @param classFiles what the user's own class files reference and the string constants they
 *     hold, sorted by file, for recipient detection
 * @param problems entries and class files that could not be read, sorted by file
 * @param classFilesParsed how many class files were parsed for field information
 */
public record BytecodeScan(
        List<TypeInfo> types,
        List<ClasspathEntry> entries,
        List<ClassFileEvidence> classFiles,
        List<ParseProblem> problems,
        int classFilesParsed) {

    public static final BytecodeScan EMPTY = new BytecodeScan(List.of(), List.of(), List.of(), List.of(), 0);

    public BytecodeScan {
        types = List.copyOf(types);
        entries = List.copyOf(entries);
        classFiles = List.copyOf(classFiles);
        problems = List.copyOf(problems);
    }
}
