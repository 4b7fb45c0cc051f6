package dev.lawful.check;

import dev.lawful.scan.SourceText;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the lines around findings from the scanned files, once per file, so that report
 * writers can show code in context while knowing only the {@link dev.lawful.Result}.
 * Files that are not plain files under the base directory (jar entries, class files,
 * bundled rule sets) are skipped, and so are files that cannot be read.
 */
public final class SnippetCollector {

    /** Lines kept before and after a finding's line. */
    public static final int DEFAULT_CONTEXT = 3;

    private static final int MAX_LINE_LENGTH = 400;

    private final Path baseDir;
    private final int context;
    private final Charset sourceEncoding;

    public SnippetCollector(Path baseDir) {
        this(baseDir, DEFAULT_CONTEXT);
    }

    /** @param sourceEncoding the Java sources' declared encoding, or null (as {@link SourceText} reads them) */
    public SnippetCollector(Path baseDir, Charset sourceEncoding) {
        this(baseDir, DEFAULT_CONTEXT, sourceEncoding);
    }

    public SnippetCollector(Path baseDir, int context) {
        this(baseDir, context, null);
    }

    private SnippetCollector(Path baseDir, int context, Charset sourceEncoding) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.context = context;
        this.sourceEncoding = sourceEncoding;
    }

    /** Snippets covering every finding that has a line, sorted by file and first line. */
    public List<Snippet> collect(Collection<Finding> findings) {
        Map<String, TreeSet<Integer>> linesByFile = new TreeMap<>();
        for (Finding finding : findings) {
            if (finding.file() != null && finding.line() > 0) {
                linesByFile.computeIfAbsent(finding.file(), f -> new TreeSet<>()).add(finding.line());
            }
        }
        List<Snippet> snippets = new ArrayList<>();
        linesByFile.forEach((file, lines) -> snippets.addAll(snippetsOf(file, lines)));
        return List.copyOf(snippets);
    }

    private List<Snippet> snippetsOf(String file, TreeSet<Integer> findingLines) {
        Path path = readablePath(file);
        if (path == null) {
            return List.of();
        }
        List<String> text;
        try {
            text = readLines(path, findingLines.last() + context, file.endsWith(".java") ? sourceEncoding : null);
        } catch (IOException e) {
            return List.of();
        }
        return windows(findingLines, text.size()).stream()
                .map(w -> new Snippet(file, w[0], text.subList(w[0] - 1, w[1])))
                .toList();
    }

    /** Merged [first, last] line ranges (1-based, inclusive) around the given lines. */
    private List<int[]> windows(TreeSet<Integer> findingLines, int lineCount) {
        List<int[]> windows = new ArrayList<>();
        for (int line : findingLines) {
            int first = Math.max(1, line - context);
            int last = Math.min(lineCount, line + context);
            if (first > last) {
                continue;
            }
            int[] previous = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (previous != null && first <= previous[1] + 1) {
                previous[1] = Math.max(previous[1], last);
            } else {
                windows.add(new int[] {first, last});
            }
        }
        return windows;
    }

    private Path readablePath(String file) {
        if (file.contains("!/") || file.contains(":") || file.endsWith(".class") || file.endsWith(".jar")) {
            return null;
        }
        Path path = baseDir.resolve(file).normalize();
        return path.startsWith(baseDir) && Files.isRegularFile(path) ? path : null;
    }

    /**
     * The file's first lines, decoded as the scanner decoded them: a Java file in the sources'
     * declared encoding, any other file as {@link SourceText} detects it.
     */
    private List<String> readLines(Path path, int upTo, Charset encoding) throws IOException {
        return SourceText.read(path, encoding).lines().limit(upTo)
                .map(line -> line.length() > MAX_LINE_LENGTH ? line.substring(0, MAX_LINE_LENGTH) + "…" : line)
                .toList();
    }
}
