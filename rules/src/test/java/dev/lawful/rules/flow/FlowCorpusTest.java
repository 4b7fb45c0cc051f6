package dev.lawful.rules.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.Analyzer;
import dev.lawful.AnalyzerConfig;
import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.scan.FlowStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures the flow checks on the labelled cases in samples/flow-corpus: each line's
 * {@code // expect: rule, rule} comment names the flow findings expected on it, and a line
 * without one expects none. Prints precision, recall, every miss and every false alarm (with
 * its path), writes them to target/flow-corpus.txt, and holds the corpus to 0.90 / 0.90.
 */
class FlowCorpusTest {

    static final Path CORPUS = Path.of("..", "samples", "flow-corpus").toAbsolutePath().normalize();
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.+)$");
    private static final Set<String> FLOW_RULES = Set.of("personal-data-in-log", "flow-recipient-undeclared",
            "flow-category-undeclared", "flow-special-category", "flow-transfer-without-safeguard");

    @Test
    void corpusMeetsTheTargets() throws Exception {
        Result result = new Analyzer(AnalyzerConfig.ofSources(CORPUS, List.of(CORPUS.resolve("src")),
                List.of("lawful.yaml")), FlowCorpusTest.class.getClassLoader()).run();
        Set<String> expected = expectations();
        Set<String> found = new TreeSet<>();
        List<String> alarms = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (FLOW_RULES.contains(finding.ruleId())) {
                String key = finding.file() + ":" + finding.line() + " " + finding.ruleId();
                if (found.add(key) && !expected.contains(key)) {
                    alarms.add(key + "  " + finding.message() + "\n      path: " + path(finding));
                }
            }
        }
        List<String> misses = expected.stream().filter(e -> !found.contains(e)).toList();
        int truePositives = found.size() - alarms.size();
        double precision = found.isEmpty() ? 0 : (double) truePositives / found.size();
        double recall = expected.isEmpty() ? 0 : (double) truePositives / expected.size();
        String report = String.format("Flow corpus: %d expected, %d found, precision %.3f, recall %.3f%n",
                expected.size(), found.size(), precision, recall)
                + "Misses (" + misses.size() + "):\n" + misses.stream().map(m -> "  " + m + "\n").collect(Collectors.joining())
                + "False alarms (" + alarms.size() + "):\n" + alarms.stream().map(a -> "  " + a + "\n").collect(Collectors.joining());
        Files.createDirectories(Path.of("target"));
        String flows = result.flows().stream().map(f -> "  " + f.file() + ":" + f.line() + " " + f.sink().id() + " "
                + f.category() + (f.key() ? " (key)" : "") + " from " + f.source() + "\n").collect(Collectors.joining());
        Files.writeString(Path.of("target", "flow-corpus.txt"), report + "Flows (" + result.flows().size() + "):\n" + flows);
        System.out.println(report);
        assertTrue(expected.size() >= 25, report);
        assertTrue(precision >= 0.90, report);
        assertTrue(recall >= 0.90, report);
    }

    private static String path(Finding finding) {
        return finding.path().stream().map(FlowStep::label).collect(Collectors.joining(" -> "));
    }

    /** "src/corpus/logs/SignupService.java:20 personal-data-in-log" for each rule each expect comment names. */
    private static Set<String> expectations() throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CORPUS.resolve("src"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                String relative = CORPUS.relativize(file).toString().replace('\\', '/');
                for (int i = 0; i < lines.size(); i++) {
                    Matcher expect = EXPECT.matcher(lines.get(i));
                    if (expect.find()) {
                        for (String rule : expect.group(1).split(",")) {
                            expected.add(relative + ":" + (i + 1) + " " + rule.strip());
                        }
                    }
                }
            }
        }
        return expected;
    }
}
