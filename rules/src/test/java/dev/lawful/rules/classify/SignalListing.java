package dev.lawful.rules.classify;

import dev.lawful.classify.WeighedClassifier;
import dev.lawful.classify.eval.CorpusEvaluation;
import dev.lawful.policy.load.PolicyLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalListing {
    @Test
    void list() throws Exception {
        String signal = System.getProperty("signal");
        if (signal == null) return;
        var gdpr = new PolicyLoader(getClass().getClassLoader()).load(List.of("builtin:gdpr"));
        var corpus = CorpusEvaluation.read(ClassificationCorpusTest.CORPUS.toAbsolutePath().normalize());
        var c = new WeighedClassifier(gdpr);
        for (var f : corpus.fields()) {
            if (c.features(f.element(), f.owner(), corpus.codebase()).containsKey(signal)) {
                System.out.println("LIST " + f.label() + " " + f.element().file() + ":" + f.element().line() + " " + f.element().id());
            }
        }
    }
}
