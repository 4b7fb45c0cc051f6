package dev.lawful.rules.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.classify.Classification;
import dev.lawful.classify.Codebase;
import dev.lawful.classify.Evidence;
import dev.lawful.classify.Explanation;
import dev.lawful.classify.TaxonomyClassifier;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every category of the bundled taxonomy classifies its own examples: a positive example
 * gets the category (first or among others), a negative one does not. A category that is not
 * personal by itself (a company's registration number) is recognised in the evidence instead,
 * and never makes the field personal. An example is a
 * field name, or {@code Type#field} to give the field its enclosing type; a bare field name
 * is put in a type whose name says nothing ("Entry").
 */
class CategoryExamplesTest {

    @Test
    void everyCategoryClassifiesItsOwnExamples() throws ConfigurationException {
        Policy gdpr = new PolicyLoader(getClass().getClassLoader()).load(List.of("builtin:gdpr"));
        TaxonomyClassifier classifier = new TaxonomyClassifier(gdpr);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (DataCategory category : gdpr.categories().values()) {
            for (String example : category.positiveExamples()) {
                Classification verdict = classify(classifier, example);
                checked++;
                if (!recognises(verdict, category)) {
                    failures.add(category.id() + " positive " + example + ": " + Explanation.verdict(verdict)
                            + "\n" + String.join("\n", Explanation.lines(verdict)));
                }
            }
            for (String example : category.negativeExamples()) {
                Classification verdict = classify(classifier, example);
                checked++;
                if (recognises(verdict, category)) {
                    failures.add(category.id() + " negative " + example + ": " + Explanation.verdict(verdict)
                            + "\n" + String.join("\n", Explanation.lines(verdict)));
                }
            }
        }
        assertTrue(checked > 300, "examples checked: " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " examples fail:\n" + String.join("\n", failures));
    }

    private static boolean recognises(Classification verdict, DataCategory category) {
        if (category.personal()) {
            return verdict.categories().contains(category.id());
        }
        return !verdict.categories().contains(category.id()) && verdict.evidence().stream()
                .anyMatch(e -> e.signal() == Evidence.Signal.EXCLUSION && category.id().equals(e.category())
                        && e.detail().contains("identifies no one by itself"));
    }

    static Classification classify(TaxonomyClassifier classifier, String example) {
        int hash = example.indexOf('#');
        String typeName = hash < 0 ? "Entry" : example.substring(0, hash);
        String fieldName = hash < 0 ? example : example.substring(hash + 1);
        String qualified = "example." + typeName;
        CodeElement field = new CodeElement(qualified, fieldName, CodeElement.Kind.FIELD, "String", false, false,
                List.of(), null, "example/" + typeName + ".java", 1, 1, Origin.SOURCE);
        TypeInfo owner = new TypeInfo(qualified, typeName, TypeInfo.Kind.CLASS, null, List.of(), List.of(), null, List.of(field));
        return classifier.classify(field, owner, Codebase.empty());
    }
}
