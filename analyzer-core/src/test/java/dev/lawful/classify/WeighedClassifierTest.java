package dev.lawful.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.classify.eval.WeightFit;
import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.TypeInfo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeighedClassifierTest {

    private final WeighedClassifier classifier = new WeighedClassifier(TestTaxonomy.policy());

    @Test
    void aTechnicalWordInTheTypeNameDoesNotSilenceAStrongPattern() {
        TypeInfo requester = type("demo.TicketRequester", "TicketRequester", field("demo.TicketRequester", "email", "String"),
                field("demo.TicketRequester", "phoneNumber", "String"), field("demo.TicketRequester", "fullName", "String"));
        Classification verdict = classifier.classify(requester.fields().get(0), requester, new Codebase(List.of(requester)));
        assertTrue(verdict.personal(), Explanation.lines(verdict).toString());
        assertEquals("user.contact.email", verdict.primaryCategory());
        assertEquals(Classification.Origin.COMPUTED, verdict.origin());
    }

    @Test
    void aYesNoFieldOfATypeNamedForYesNoDataHoldsItUnlessItNamesTheRowsState() {
        assertFirstFieldHoldsAndSecondIsNotPersonal("user.privacy_preferences", type("demo.DisclosureSettings",
                "DisclosureSettings", field("demo.DisclosureSettings", "publicInd", "boolean"),
                field("demo.DisclosureSettings", "isDirty", "boolean")));
    }

    @Test
    void anAmountOfATypeNamedForACategoryOfAmountsHoldsIt() {
        assertFirstFieldHoldsAndSecondIsNotPersonal("user.financial", type("demo.Inntekt", "Inntekt",
                field("demo.Inntekt", "belop", "BigDecimal"), field("demo.Inntekt", "kilde", "String")));
    }

    private void assertFirstFieldHoldsAndSecondIsNotPersonal(String category, TypeInfo type) {
        Codebase codebase = new Codebase(List.of(type));
        Classification first = classifier.classify(type.fields().get(0), type, codebase);
        assertEquals(category, first.primaryCategory(), Explanation.lines(first).toString());
        Classification second = classifier.classify(type.fields().get(1), type, codebase);
        assertFalse(second.personal(), Explanation.lines(second).toString());
    }

    @Test
    void everySignalThatFiredIsListedWithItsContributionAfterTheBias() {
        TypeInfo customer = type("shop.Customer", "Customer", field("shop.Customer", "email", "String"));
        Classification verdict = classifier.classify(customer.fields().get(0), customer, new Codebase(List.of(customer)));
        assertEquals("bias", verdict.evidence().get(0).id());
        assertEquals(Weights.builtin().bias(), verdict.evidence().get(0).weight(), 0.001);
        Evidence strong = verdict.evidence().stream().filter(e -> e.id().equals("name-strong")).findFirst().orElseThrow();
        assertEquals(Math.round(Weights.builtin().of("name-strong") * 100) / 100.0, strong.weight(), 0.001);
    }

    @Test
    void aReferenceToAPersonIsALinkWithItsPath() {
        TypeInfo patient = type("clinic.Patient", "Patient", field("clinic.Patient", "name", "String"));
        TypeInfo obs = type("clinic.Obs", "Obs", field("clinic.Obs", "patient", "Patient"), field("clinic.Obs", "value", "String"));
        Codebase codebase = new Codebase(List.of(patient, obs));
        Classification verdict = classifier.classify(obs.fields().get(0), obs, codebase);
        assertTrue(verdict.personal() && verdict.link(), Explanation.lines(verdict).toString());
        assertTrue(verdict.evidence().stream().anyMatch(e -> e.id().equals("link-person-type")
                && e.detail().startsWith("Obs.patient → Patient")), Explanation.lines(verdict).toString());
    }

    @Test
    void constantsAndEnumFieldsAreExcludedByConstruction() {
        CodeElement constant = new CodeElement("shop.Mail", "EMAIL", CodeElement.Kind.FIELD, "String", true, true,
                List.<AnnotationUse>of(), null, "Mail.java", 1, 1, Origin.SOURCE);
        TypeInfo mail = type("shop.Mail", "Mail", constant);
        Classification verdict = classifier.classify(constant, mail, new Codebase(List.of(mail)));
        assertFalse(verdict.personal());
        assertEquals("by-construction", verdict.evidence().get(0).id());
        TypeInfo kind = new TypeInfo("shop.Kind", "Kind", TypeInfo.Kind.ENUM, null, List.of(), List.of(), null,
                List.of(field("shop.Kind", "email", "String")));
        assertFalse(classifier.classify(kind.fields().get(0), kind, new Codebase(List.of(kind))).personal());
    }

    @Test
    void anOverrideWinsAndSaysSo() {
        TypeInfo owner = type("com.shop.ProductOwner", "ProductOwner", field("com.shop.ProductOwner", "name", "String"));
        Classification verdict = classifier.classify(owner.fields().get(0), owner, Codebase.empty());
        assertFalse(verdict.personal());
        assertTrue(verdict.overridden());
    }

    @Test
    void everySignalHasAUniqueIdAndAWeight() {
        Set<String> ids = new HashSet<>();
        for (SignalInfo info : Signals.infos()) {
            assertTrue(ids.add(info.id()), "duplicate signal id " + info.id());
            assertTrue(info.id().matches("[a-z]+(-[a-z]+)*"), info.id());
            assertFalse(info.summary().endsWith("."), info.summary());
            assertTrue(Weights.builtin().bySignal().containsKey(info.id()), "no weight for " + info.id());
        }
        assertEquals(ids, Weights.builtin().bySignal().keySet(), "weights.yaml names signals that do not exist");
    }

    @Test
    void aMalformedWeightsFileNamesFileLineAndColumn() {
        String yaml = "bias: -2\nweights:\n  name-strong: strong\n";
        ConfigurationException e = assertThrows(ConfigurationException.class, () ->
                Weights.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "w.yaml"));
        assertTrue(e.getMessage().startsWith("w.yaml:3:16: weights.name-strong: expected a number"), e.getMessage());
    }

    @Test
    void theValidationSplitIsEveryThirdApplicationInNameOrder() {
        assertEquals(List.of("c", "f"), WeightFit.validationSplit(List.of("f", "a", "b", "c", "d", "e", "g", "a")));
    }

    private static TypeInfo type(String qualified, String simple, CodeElement... fields) {
        return new TypeInfo(qualified, simple, TypeInfo.Kind.CLASS, null, List.of(), List.of(), null, List.of(fields));
    }

    private static CodeElement field(String owner, String name, String type) {
        return new CodeElement(owner, name, CodeElement.Kind.FIELD, type, false, false, List.<AnnotationUse>of(), null,
                owner.substring(owner.lastIndexOf('.') + 1) + ".java", 1, 1, Origin.SOURCE);
    }
}
