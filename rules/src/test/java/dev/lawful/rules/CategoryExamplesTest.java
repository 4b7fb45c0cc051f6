package dev.lawful.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawful.ConfigurationException;
import dev.lawful.classify.Classification;
import dev.lawful.classify.Codebase;
import dev.lawful.classify.TaxonomyClassifier;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every category of builtin:gdpr classifies its own examples: each positive example (an
 * identifier, or {@code Type#field} for a field of a type) as the category or a descendant,
 * and no negative example as it. A plain identifier is a String field of a neutral type.
 */
class CategoryExamplesTest {

    private static final String NEUTRAL_OWNER = "com.example.Holder";

    @Test
    void everyCategoryClassifiesItsOwnExamples() throws ConfigurationException {
        Policy gdpr = new PolicyLoader(getClass().getClassLoader()).load(List.of("builtin:gdpr"));
        TaxonomyClassifier classifier = new TaxonomyClassifier(gdpr);
        List<String> wrong = new ArrayList<>();
        for (DataCategory category : gdpr.categories().values()) {
            for (String example : category.positiveExamples()) {
                Classification verdict = classify(classifier, example);
                if (!isWithin(verdict, category)) {
                    wrong.add(category.id() + " positive " + example + " -> " + describe(verdict));
                }
            }
            for (String example : category.negativeExamples()) {
                Classification verdict = classify(classifier, example);
                if (isWithin(verdict, category)) {
                    wrong.add(category.id() + " negative " + example + " -> " + describe(verdict));
                }
            }
        }
        assertEquals("", String.join("\n", wrong), wrong.size() + " examples are misclassified");
    }

    private static boolean isWithin(Classification verdict, DataCategory category) {
        String primary = verdict.primaryCategory();
        return verdict.personal() && !verdict.link() && primary != null
                && (primary.equals(category.id()) || primary.startsWith(category.id() + "."));
    }

    private static String describe(Classification verdict) {
        return verdict.personal() ? String.valueOf(verdict.categories()) + (verdict.link() ? " (link)" : "")
                : "not personal";
    }

    private static Classification classify(TaxonomyClassifier classifier, String example) {
        int hash = example.indexOf('#');
        String owner = hash < 0 ? NEUTRAL_OWNER : "com.example." + example.substring(0, hash);
        String member = hash < 0 ? example : example.substring(hash + 1);
        CodeElement field = new CodeElement(owner, member, CodeElement.Kind.FIELD, "String", false, false,
                List.<AnnotationUse>of(), null, "Example.java", 1, 1, Origin.SOURCE);
        TypeInfo type = new TypeInfo(owner, owner.substring(owner.lastIndexOf('.') + 1), TypeInfo.Kind.CLASS, null,
                List.of(), List.of(), null, List.of(field));
        return classifier.classify(field, type, Codebase.empty());
    }
}
