package dev.lawful.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.classify.eval.CorpusEvaluation;
import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.TypeInfo;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TaxonomyClassifierTest {

    private final TaxonomyClassifier classifier = new TaxonomyClassifier(TestTaxonomy.policy());

    @Test
    void everyLabelledFieldOfTheSamplesIsClassifiedAsLabelled() throws URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(getClass().getResource("/classify")).toURI());
        CorpusEvaluation.Report report = new CorpusEvaluation(classifier).evaluate(root);
        String rendered = report.render(true);
        assertEquals(0, report.falseNegatives() + report.falsePositives(), rendered);
        assertEquals(1.0, report.categoryAccuracy(), rendered);
        assertTrue(report.unlabelled().isEmpty(), rendered);
        assertFalse(rendered.contains("LINK KIND"), rendered);
        assertTrue(report.cases().size() > 50, rendered);
    }

    @Test
    void overrideForcesAFieldOutWithItsReason() {
        TypeInfo owner = type("com.shop.ProductOwner", "ProductOwner", field("com.shop.ProductOwner", "name", "String"));
        Classification verdict = classifier.classify(owner.fields().get(0), owner, Codebase.empty());
        assertFalse(verdict.personal());
        assertEquals(Evidence.Signal.OVERRIDE, verdict.evidence().get(0).signal());
        assertTrue(verdict.evidence().get(0).detail().contains("forced not personal by the rule file (test.yaml:12:5): The name of a product team"),
                verdict.evidence().get(0).detail());
    }

    @Test
    void explanationListsPatternContextAndExclusion() {
        TypeInfo customer = type("com.shop.Customer", "Customer",
                field("com.shop.Customer", "customerName", "String"),
                field("com.shop.Customer", "productName", "String"));
        Classification named = classifier.classify(customer.fields().get(0), customer, Codebase.empty());
        String text = Explanation.of(customer.fields().get(0), named);
        assertTrue(text.startsWith("com.shop.Customer#customerName (Customer.java:1:1)\n  personal: user.name (confidence "), text);
        assertTrue(text.contains("CONTEXT    person context: type name Customer (\"customer\" is a person)"), text);
        assertTrue(text.contains("TOKEN      weak pattern \"name\" of user.name matches field name \"customerName\" (qualified by \"customer\")"), text);
        Classification product = classifier.classify(customer.fields().get(1), customer, Codebase.empty());
        String excluded = Explanation.of(customer.fields().get(1), product);
        assertTrue(excluded.contains("not personal"), excluded);
        assertTrue(excluded.contains("- 1.00  EXCLUSION  weak pattern \"name\" of user.name matches field name \"productName\", "
                + "but qualified by \"product\": a thing, not a person"), excluded);
    }

    @Test
    void weakTokenWithoutPersonContextSaysWhy() {
        TypeInfo invoice = type("com.shop.Invoice", "Invoice", field("com.shop.Invoice", "address", "String"));
        Classification verdict = classifier.classify(invoice.fields().get(0), invoice, Codebase.empty());
        assertFalse(verdict.personal());
        assertTrue(Explanation.of(invoice.fields().get(0), verdict)
                .contains("weak patterns count only with person context, and no person context found"));
    }

    private static TypeInfo type(String qualified, String simple, CodeElement... fields) {
        return new TypeInfo(qualified, simple, TypeInfo.Kind.CLASS, null, List.of(), List.of(), null, List.of(fields));
    }

    private static CodeElement field(String owner, String name, String type) {
        return new CodeElement(owner, name, CodeElement.Kind.FIELD, type, false, false, List.<AnnotationUse>of(), null,
                owner.substring(owner.lastIndexOf('.') + 1) + ".java", 1, 1, Origin.SOURCE);
    }
}
