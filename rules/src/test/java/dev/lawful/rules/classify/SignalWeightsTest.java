package dev.lawful.rules.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.classify.WeighedClassifier;
import dev.lawful.classify.Weights;
import dev.lawful.classify.eval.CorpusEvaluation;
import dev.lawful.classify.eval.WeightFit;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fits the weighing classifier's weights on the corpus's training split (bench/fit-weights.sh
 * copies the result into the core), holds the committed weights to be that fit, and measures
 * the validation split and the whole corpus with them.
 */
class SignalWeightsTest {

    static final String HEADER = """
            # The weights of the weighing classifier's signals (docs/classification.md), fitted by
            # logistic regression on samples/classification-corpus, training split by application
            # (every third folder in name order held out). Regenerate with bench/fit-weights.sh;
            # SignalWeightsTest fails when this file is not the fit of the current signals and corpus.
            """;

    private static Policy gdpr;
    private static CorpusEvaluation.Corpus corpus;

    @BeforeAll
    static void load() throws Exception {
        gdpr = new PolicyLoader(SignalWeightsTest.class.getClassLoader()).load(List.of("builtin:gdpr"));
        corpus = CorpusEvaluation.read(ClassificationCorpusTest.CORPUS.toAbsolutePath().normalize());
    }

    @Test
    void committedWeightsAreTheFitOfTheTrainingSplit() throws Exception {
        WeightFit.Result fit = WeightFit.fit(new WeighedClassifier(gdpr), corpus);
        String rendered = fit.weights().render(HEADER);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fitted-weights.yaml"), rendered);
        System.out.println("training: " + fit.training() + "\nvalidation: " + fit.validation() + "\n" + fit.firingTable());
        assertEquals(rendered, Weights.builtin().render(HEADER),
                "weights.yaml is not the fit of the current signals and corpus: run bench/fit-weights.sh");
    }

    @Test
    void validationSplitMeetsTheTargets() throws Exception {
        List<String> validation = WeightFit.validationSplit(
                corpus.fields().stream().map(CorpusEvaluation.LabelledField::application).toList());
        CorpusEvaluation.Report report = new CorpusEvaluation(new WeighedClassifier(gdpr)).evaluate(corpus,
                field -> validation.contains(field.application()));
        String rendered = report.render(true);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "weighed-validation.txt"), rendered);
        System.out.println("validation split " + validation + "\n" + report.render(false));
        assertTrue(report.precision() >= 0.90, rendered);
        assertTrue(report.recall() >= 0.90, rendered);
        assertTrue(report.categoryAccuracy() >= 0.85, rendered);
    }

    @Test
    void wholeCorpusMeetsTheTargets() throws Exception {
        CorpusEvaluation.Report report = new CorpusEvaluation(new WeighedClassifier(gdpr)).evaluate(corpus, field -> true);
        String rendered = report.render(true);
        Files.writeString(Path.of("target", "weighed-corpus.txt"), rendered);
        System.out.println("whole corpus\n" + report.render(false));
        assertTrue(report.precision() >= 0.95, rendered);
        assertTrue(report.recall() >= 0.95, rendered);
        assertTrue(report.categoryAccuracy() >= 0.90, rendered);
    }
}
