package dev.lawful.rules.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.classify.Classification;
import dev.lawful.classify.Codebase;
import dev.lawful.classify.Explanation;
import dev.lawful.classify.TaxonomyClassifier;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.TypeInfo;
import dev.lawful.scan.source.SourceScanResult;
import dev.lawful.scan.source.SourceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules classifier against small Java inputs whose comments state the expected finding: the
 * line before a field says {@code // expected: CATEGORY}, {@code // expected: a link} or
 * {@code // expected: not personal}. Each folder under src/test/resources is one codebase
 * classified with {@code builtin:gdpr}: {@code descriptors} (records tied to a person, their
 * descriptors and links), {@code contexts} (what makes a type about a person) and {@code structure}
 * (parts of a composite type, builders, keys abbreviating a person's type).
 */
class ExpectedFindingsTest {

    private static final Pattern EXPECTED = Pattern.compile("//\\s*expected:\\s*(a link|not personal|[a-z_.]+)");
    private static TaxonomyClassifier classifier;

    @BeforeAll
    static void loadTaxonomy() throws ConfigurationException {
        classifier = new TaxonomyClassifier(new PolicyLoader(ExpectedFindingsTest.class.getClassLoader())
                .load(List.of("builtin:gdpr")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"descriptors", "contexts", "structure"})
    void everyFieldGetsTheFindingItsCommentStates(String folder) throws IOException {
        Path dir = Path.of("src/test/resources", folder);
        SourceScanResult scan = new SourceScanner(0).scan(dir, List.of(dir.resolve("src")));
        assertTrue(scan.problems().isEmpty(), scan.problems().toString());
        List<TypeInfo> types = scan.files().stream().flatMap(file -> file.types().stream()).toList();
        Codebase codebase = new Codebase(types);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (SourceFileScan file : scan.files()) {
            List<String> lines = Files.readAllLines(dir.resolve(file.path()));
            for (TypeInfo type : file.types()) {
                for (CodeElement field : type.fields()) {
                    Matcher expected = EXPECTED.matcher(field.line() > 1 ? lines.get(field.line() - 2) : "");
                    if (!expected.find()) {
                        continue;
                    }
                    checked++;
                    Classification verdict = classifier.classify(field, type, codebase);
                    if (!matches(expected.group(1), verdict)) {
                        failures.add(type.simpleName() + "#" + field.member() + ": expected " + expected.group(1) + ", got\n"
                                + String.join("\n", Explanation.lines(verdict)));
                    }
                }
            }
        }
        assertFalse(checked == 0, "no expectations in " + dir);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " fields:\n" + String.join("\n", failures));
    }

    private static boolean matches(String expected, Classification verdict) {
        return switch (expected) {
            case "a link" -> verdict.personal() && verdict.link();
            case "not personal" -> !verdict.personal();
            default -> verdict.personal() && !verdict.link() && expected.equals(verdict.primaryCategory());
        };
    }
}
