package dev.lawful.check;

import dev.lawful.report.ReportFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


class SnippetCollectorTest {

    @TempDir
    Path base;

    @Test
    void keepsTheLinesAroundEachFindingAndMergesOverlappingWindows() throws IOException {
        Files.createDirectories(base.resolve("src"));
        Files.write(base.resolve("src/A.java"), numberedLines(30));
        List<Snippet> snippets = new SnippetCollector(base, 2).collect(List.of(
                finding("src/A.java", 5), finding("src/A.java", 8), finding("src/A.java", 20)));

        assertEquals(2, snippets.size());
        assertEquals(new Snippet("src/A.java", 3, List.of("line 3", "line 4", "line 5", "line 6", "line 7",
                "line 8", "line 9", "line 10")), snippets.get(0));
        assertEquals(new Snippet("src/A.java", 18, List.of("line 18", "line 19", "line 20", "line 21", "line 22")),
                snippets.get(1));
    }

    @Test
    void clipsWindowsAtTheStartAndEndOfTheFile() throws IOException {
        Files.write(base.resolve("B.java"), numberedLines(3));
        List<Snippet> snippets = new SnippetCollector(base, 3).collect(List.of(finding("B.java", 1), finding("B.java", 3)));

        assertEquals(List.of(new Snippet("B.java", 1, List.of("line 1", "line 2", "line 3"))), snippets);
    }

    @Test
    void skipsJarEntriesBundledRulesMissingFilesAndPathsOutsideTheBase() throws IOException {
        Files.write(base.getParent().resolve("outside.txt"), numberedLines(5));
        List<Snippet> snippets = new SnippetCollector(base).collect(List.of(
                finding("lib/x.jar!/a/B.class", 1), finding("builtin:gdpr", 3), finding("Missing.java", 2),
                finding("../outside.txt", 2), finding("NoLine.java", 0)));

        assertTrue(snippets.isEmpty(), snippets.toString());
    }

    @Test
    void readsTheFixtureFilesAtTheFindingsLines() {
        List<Snippet> snippets = ReportFixture.webshop().snippets();
        int bioLine = ReportFixture.line(ReportFixture.PROFILE, "private String bio;");
        Snippet profile = snippets.stream().filter(s -> s.file().equals(ReportFixture.PROFILE)).findFirst().orElseThrow();

        assertTrue(profile.contains(bioLine));
        assertTrue(profile.line(bioLine).contains("private String bio;"));
    }

    private static List<String> numberedLines(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).toList();
    }

    private static Finding finding(String file, int line) {
        return new Finding("rule", Severity.ERROR, "C", "m", file, line, 1, null, "message", null);
    }
}
