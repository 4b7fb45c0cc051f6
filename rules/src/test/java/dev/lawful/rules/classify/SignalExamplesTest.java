package dev.lawful.rules.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.classify.Codebase;
import dev.lawful.classify.Explanation;
import dev.lawful.classify.SignalInfo;
import dev.lawful.classify.Signals;
import dev.lawful.classify.WeighedClassifier;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each signal of the weighing classifier against small Java inputs, Error Prone style: the
 * folder {@code src/test/resources/signals/<signal id>} holds a few types, and a field's comment
 * states whether the signal fires for it ({@code // fires: name-strong}) or stays silent
 * ({@code // silent: name-strong}). Each folder is one codebase (its type graph) classified with
 * {@code builtin:gdpr}; every signal needs at least one example of each, so a signal that stops
 * firing, or fires everywhere, fails here.
 */
class SignalExamplesTest {

    private static final Path DIR = Path.of("src/test/resources/signals");
    private static final Pattern MARKER = Pattern.compile("//\\s*(fires|silent):\\s*([a-z-]+)");
    private static WeighedClassifier classifier;

    @BeforeAll
    static void load() throws ConfigurationException {
        classifier = new WeighedClassifier(
                new PolicyLoader(SignalExamplesTest.class.getClassLoader()).load(List.of("builtin:gdpr")));
    }

    static Stream<String> signals() {
        return Signals.infos().stream().map(SignalInfo::id);
    }

    private record Example(CodeElement field, TypeInfo owner, boolean fires, String line) {
    }

    @ParameterizedTest
    @MethodSource("signals")
    void firesForItsPositiveExamplesAndStaysSilentForItsNegativeOnes(String signal) throws IOException {
        Path folder = DIR.resolve(signal);
        assertTrue(Files.isDirectory(folder), "no examples for signal " + signal + " in " + folder);
        SourceScanResult scan = new SourceScanner(0).scan(folder, List.of(folder));
        assertTrue(scan.problems().isEmpty(), scan.problems().toString());
        Codebase codebase = new Codebase(scan.files().stream().flatMap(file -> file.types().stream()).toList());
        List<Example> examples = examples(folder, scan, signal);
        assertTrue(examples.stream().anyMatch(Example::fires), signal + " has no example where it fires");
        assertTrue(examples.stream().anyMatch(example -> !example.fires()), signal + " has no example where it is silent");
        for (Example example : examples) {
            Set<String> fired = classifier.features(example.field(), example.owner(), codebase).keySet();
            String why = example.owner().simpleName() + "#" + example.field().member() + " (" + example.line().strip()
                    + ")\n" + String.join("\n", Explanation.lines(classifier.classify(example.field(), example.owner(),
                    codebase)));
            assertEquals(example.fires(), fired.contains(signal), why);
        }
    }

    /** The fields of the folder's files whose declaration line carries a marker for the signal. */
    private static List<Example> examples(Path folder, SourceScanResult scan, String signal) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (SourceFileScan file : scan.files()) {
            List<String> lines = Files.readAllLines(folder.resolve(file.path()));
            for (TypeInfo type : file.types()) {
                for (CodeElement field : type.fields()) {
                    String line = lines.get(field.line() - 1);
                    Matcher marker = MARKER.matcher(line);
                    if (marker.find()) {
                        assertEquals(signal, marker.group(2), "a marker for another signal in " + file.path());
                        examples.add(new Example(field, type, marker.group(1).equals("fires"), line));
                    }
                }
            }
        }
        assertFalse(examples.isEmpty(), "no markers in " + folder);
        return examples;
    }
}
