package dev.lawful.rules.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.classify.Classification;
import dev.lawful.classify.Codebase;
import dev.lawful.classify.Explanation;
import dev.lawful.classify.TaxonomyClassifier;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import dev.lawful.scan.source.SourceScanner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A record tied to a person (it refers to one by type or by key) in the rules classifier: its
 * bare descriptors (code, name) hold the category its type is named for, and a field holding
 * it links to the person; a shared catalogue refers to no one (src/test/resources/descriptors).
 */
class RecordTiedToPersonTest {

    private static final Path DIR = Path.of("src/test/resources/descriptors");
    private static final List<TypeInfo> TYPES = new SourceScanner(0).scan(DIR, List.of(DIR.resolve("src"))).files()
            .stream().flatMap(file -> file.types().stream()).toList();
    private static TaxonomyClassifier classifier;

    @BeforeAll
    static void loadTaxonomy() throws ConfigurationException {
        classifier = new TaxonomyClassifier(new PolicyLoader(RecordTiedToPersonTest.class.getClassLoader())
                .load(List.of("builtin:gdpr")));
    }

    @Test
    void aDescriptorOfARowTiedToAPersonHoldsTheCategoryItsTypeIsNamedFor() {
        for (String member : List.of("code", "name")) {
            Classification verdict = classify("PhysicianSpecialty", member);
            assertTrue(verdict.personal(), explained(verdict));
            assertEquals("user.professional_information.qualification", verdict.primaryCategory(), explained(verdict));
        }
    }

    @Test
    void aSharedCatalogueRefersToNoOne() {
        Classification verdict = classify("Specialty", "code");
        assertFalse(verdict.personal(), explained(verdict));
    }

    @Test
    void aFieldHoldingARecordTiedToAPersonLinksToThatPerson() {
        Classification verdict = classify("Booking", "appointment");
        assertTrue(verdict.personal() && verdict.link(), explained(verdict));
    }

    private static Classification classify(String type, String member) {
        TypeInfo owner = TYPES.stream().filter(t -> t.simpleName().equals(type)).findFirst().orElseThrow();
        CodeElement field = owner.fields().stream().filter(f -> f.member().equals(member)).findFirst().orElseThrow();
        return classifier.classify(field, owner, new Codebase(TYPES));
    }

    private static String explained(Classification verdict) {
        return String.join("\n", Explanation.lines(verdict));
    }
}
