package dev.lawful.check.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.check.Check;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.SourceRef;
import dev.lawful.policy.load.PolicyLoader;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under {@code policy-lint} raises exactly the findings its {@code # lint:} comments
 * state: {@code rule-id line:column [category, or a word of the message]}, or {@code none}.
 */
class PolicyLintTest {

    private static final Path DIR = Path.of("src/test/resources/policy-lint");
    private static final Pattern LINT = Pattern.compile("# lint: ([a-z-]+)(?: (\\d+):(\\d+))?(?: (\\S+))?");

    private final PolicyLint lint = new PolicyLint();

    static Stream<String> lintFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    static PolicyLoader loader() throws IOException {
        URL builtins = Path.of("src/test/resources/policy-loader/builtins").toUri().toURL();
        return new PolicyLoader(new URLClassLoader(new URL[] {builtins}, null));
    }

    @ParameterizedTest
    @MethodSource("lintFiles")
    void raisesTheFindingsItsCommentsState(String name) throws IOException, ConfigurationException {
        String path = DIR.resolve(name).toString().replace('\\', '/');
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(path))) {
            Matcher m = LINT.matcher(line);
            if (m.matches() && !m.group(1).equals("none")) {
                expected.add(m.group(1) + " " + m.group(2) + ":" + m.group(3)
                        + (m.group(4) == null ? "" : " " + m.group(4)));
            }
        }

        List<Finding> findings = lint.lint(loader().load(List.of(path)));

        List<String> actual = new ArrayList<>();
        for (Finding finding : findings) {
            assertEquals(path, finding.file(), finding.toString());
            String position = finding.ruleId() + " " + finding.line() + ":" + finding.column();
            String word = expected.stream()
                    .filter(e -> e.startsWith(position + " "))
                    .map(e -> e.substring(position.length() + 1))
                    .filter(w -> finding.message().contains(w) || w.equals(finding.category()))
                    .findFirst().map(w -> " " + w).orElse("");
            actual.add(position + word);
        }
        assertEquals(sorted(expected), sorted(actual), findings.toString());
    }

    @Test
    void theTaxonomyAloneGetsOneNote() throws IOException, ConfigurationException {
        List<Finding> findings = lint.lint(loader().load(List.of("builtin:mini")));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("policy-taxonomy-only", findings.get(0).ruleId());
        assertEquals(Severity.NOTE, findings.get(0).severity());
        assertEquals("builtin:mini", findings.get(0).file());
    }

    @Test
    void findingsAboutThePolicyHaveNoClassOrMemberAndCarryAFix() throws IOException, ConfigurationException {
        List<Finding> findings = lint.lint(loader().load(List.of(DIR.resolve("gaps.yaml").toString())));

        assertTrue(!findings.isEmpty());
        for (Finding finding : findings) {
            assertNull(finding.className());
            assertNull(finding.member());
            assertNotNull(finding.fix().summary());
        }
    }

    @Test
    void aPolicyBuiltInCodeWithDanglingIdsIsReported() {
        SourceRef ref = new SourceRef("code", 1, 1);
        Purpose orders = new Purpose("orders", "Orders", null, null, List.of("contrakt"), false, false, ref);
        Policy policy = new Policy("code", "Code", List.of(), null, null, null, Map.of(), Map.of(),
                Map.of("orders", orders), Map.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of(), Map.of(), null, Map.of());

        List<Finding> unknown = lint.lint(policy).stream()
                .filter(f -> f.ruleId().equals("policy-unknown-reference")).toList();

        assertEquals(1, unknown.size());
        assertEquals("Unknown legal basis 'contrakt'", unknown.get(0).message());
    }

    @Test
    void everyRuleHasUniqueDocumentedMetadata() {
        Set<String> ids = new HashSet<>();
        for (Check rule : PolicyLint.rules()) {
            assertTrue(rule.info().id().startsWith("policy-"), rule.info().id());
            assertTrue(ids.add(rule.info().id()), "duplicate " + rule.info().id());
            assertTrue(rule.info().docs().contains("**Fix:**"), rule.info().id());
            assertTrue(!rule.info().summary().endsWith("."), rule.info().id());
        }
    }

    @Test
    void theRuleFileDocumentationExplainsEveryRule() throws IOException {
        String docs = Files.readString(Path.of("../docs/rules.md"));

        for (Check rule : PolicyLint.rules()) {
            assertTrue(docs.contains("| `" + rule.info().id() + "` | " + rule.info().severity().id() + " |"),
                    rule.info().id() + " is missing from the lint table of docs/rules.md");
        }
    }

    private static List<String> sorted(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted;
    }
}
