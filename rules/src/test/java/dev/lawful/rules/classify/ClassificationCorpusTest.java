package dev.lawful.rules.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.classify.TaxonomyClassifier;
import dev.lawful.classify.eval.CorpusEvaluation;
import dev.lawful.policy.load.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the classifier with the bundled taxonomy on the labelled corpus in
 * samples/classification-corpus and holds it to the targets: precision and recall at
 * least 0.95, category accuracy at least 0.90. The full report (every miss and false
 * alarm, with its evidence) is printed, and written to target/classification-corpus.txt.
 */
class ClassificationCorpusTest {

    static final Path CORPUS = Path.of("..", "samples", "classification-corpus");

    @Test
    void corpusMeetsTheTargets() throws Exception {
        CorpusEvaluation.Report report = evaluate();
        String rendered = report.render(true);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "classification-corpus.txt"), rendered);
        System.out.println(report.render(false));
        assertTrue(report.cases().size() >= 500, rendered);
        assertTrue(report.unlabelled().isEmpty() && report.problems().isEmpty(), rendered);
        assertTrue(report.precision() >= 0.95, rendered);
        assertTrue(report.recall() >= 0.95, rendered);
        assertTrue(report.categoryAccuracy() >= 0.90, rendered);
    }

    static CorpusEvaluation.Report evaluate() throws ConfigurationException {
        TaxonomyClassifier classifier = new TaxonomyClassifier(
                new PolicyLoader(ClassificationCorpusTest.class.getClassLoader()).load(List.of("builtin:gdpr")));
        return new CorpusEvaluation(classifier).evaluate(CORPUS.toAbsolutePath().normalize());
    }
}
