package dev.lawful.scan.source;

import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which source files a scan reads, and how: {@code includes} and {@code excludes} are globs
 * on a file's path relative to its source root, with '/' ({@code com/acme/model/**},
 * {@code **}{@code /generated/**}); a file is read when it matches an include (every
 * {@code .java} file when there is none) and no exclude. As in Maven and Ant, a leading
 * {@code **}{@code /} also matches no folder at all.
 *
 * @param encoding the sources' encoding, or null to read UTF-8 and fall back to ISO-8859-1
 *     for a file that is not valid UTF-8 ({@link SourceText})
 */
public record SourceSelection(List<String> includes, List<String> excludes, Charset encoding) {

    /** Every {@code .java} file, its encoding detected. */
    public static final SourceSelection ALL = new SourceSelection(List.of(), List.of(), null);

    public SourceSelection {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** @param relativeToRoot the file's path inside its source root */
    public boolean accepts(Path relativeToRoot) {
        String path = relativeToRoot.toString().replace('\\', '/');
        return (includes.isEmpty() || matchesAny(includes, path)) && !matchesAny(excludes, path);
    }

    private static boolean matchesAny(List<String> globs, String path) {
        Path candidate = Path.of(path);
        for (String glob : globs) {
            String pattern = glob.strip().replace('\\', '/');
            if (matcher(pattern).matches(candidate)
                    || pattern.startsWith("**/") && matcher(pattern.substring(3)).matches(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static PathMatcher matcher(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
