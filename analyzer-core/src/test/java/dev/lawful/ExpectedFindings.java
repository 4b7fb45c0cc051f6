package dev.lawful;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the findings a test's Java files say they must raise: a comment
 * {@code // lawful: finding rule-a, rule-b} applies to the next line that declares
 * something (not blank, not a comment, not an annotation).
 */
public final class ExpectedFindings {

    private static final Pattern MARKER = Pattern.compile("//\\s*lawful:\\s*finding\\s+(.+)$");

    private ExpectedFindings() {
    }

    /** Every expected finding under {@code root} as "path:line rule-id", path relative to {@code base}. */
    public static Set<String> under(Path base, Path root) {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                read(base, file, expected);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    private static void read(Path base, Path file, Set<String> expected) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String path = base.relativize(file).toString().replace('\\', '/');
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).strip());
            if (!marker.find()) {
                continue;
            }
            int target = nextDeclarationLine(lines, i + 1);
            for (String rule : marker.group(1).split(",")) {
                expected.add(path + ":" + target + " " + rule.strip());
            }
        }
    }

    private static int nextDeclarationLine(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("//") && !line.startsWith("@")) {
                return i + 1;
            }
        }
        throw new IllegalStateException("a lawful: finding marker at the end of the file names no line");
    }
}
