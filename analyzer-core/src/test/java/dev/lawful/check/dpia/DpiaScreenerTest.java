package dev.lawful.check.dpia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.check.CheckContext;
import dev.lawful.check.Finding;
import dev.lawful.classify.Classification;
import dev.lawful.bind.BoundDeclaration;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.DataSubject;
import dev.lawful.policy.Detection;
import dev.lawful.policy.ImpactAssessment;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.Service;
import dev.lawful.policy.Signatures;
import dev.lawful.policy.SourceRef;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each criterion of the screening, and each Art. 35(3) case, met by its signal and not met without it. */
class DpiaScreenerTest {

    private static final SourceRef RULES = new SourceRef("lawful.yaml", 3, 5);

    @Test
    void evaluationOrScoring() {
        assertMet("evaluation-scoring", screen(scenario().purpose(purpose("ads").profiling())));
        assertMet("evaluation-scoring", screen(scenario().purpose(purpose("feed").dataUse("personalize.content.profiling"))));
        assertNotMet("evaluation-scoring", screen(scenario().purpose(purpose("orders"))));
    }

    @Test
    void automatedDecision() {
        assertMet("automated-decision", screen(scenario().purpose(purpose("credit").automatedDecisions())));
        assertNotMet("automated-decision", screen(scenario().purpose(purpose("orders").profiling())));
    }

    @Test
    void systematicMonitoring() {
        assertMet("systematic-monitoring", screen(scenario().field("com.shop.Visit", "cookieId", "user.device.cookie_id")));
        assertMet("systematic-monitoring", screen(scenario().use("google-analytics")));
        assertNotMet("systematic-monitoring", screen(scenario().field("com.shop.Customer", "email", "user.contact.email")
                .use("stripe")));
    }

    @Test
    void sensitiveData() {
        DpiaScreening met = screen(scenario().field("com.shop.Visit", "diagnosis", "user.health"));
        assertMet("sensitive-data", met);
        assertTrue(judgement(met, "sensitive-data").evidence().get(0).startsWith("com.shop.Visit#diagnosis (src/"));
        assertNotMet("sensitive-data", screen(scenario().field("com.shop.Customer", "email", "user.contact.email")));
    }

    @Test
    void largeScale() {
        assertMet("large-scale", screen(scenario().purpose(purpose("orders").largeScale())));
        assertNotMet("large-scale", screen(scenario().purpose(purpose("orders"))));
    }

    @Test
    void matchingDatasets() {
        Scenario combined = scenario().purpose(purpose("orders").dataUse("essential.service"))
                .purpose(purpose("ads").dataUse("marketing.advertising"))
                .declaredField("com.shop.Customer", "email", "user.contact.email", "orders", "ads");
        assertMet("matching-datasets", screen(combined));
        Scenario sameUse = scenario().purpose(purpose("orders").dataUse("essential.service"))
                .purpose(purpose("billing").dataUse("essential.service.payment_processing"))
                .declaredField("com.shop.Customer", "email", "user.contact.email", "orders", "billing");
        assertNotMet("matching-datasets", screen(sameUse));
    }

    @Test
    void vulnerableSubjects() {
        assertMet("vulnerable-subjects", screen(scenario().purpose(purpose("care").subjects("patient"))));
        DpiaScreening byType = screen(scenario().field("com.clinic.PatientRecord", "name", "user.name"));
        assertMet("vulnerable-subjects", byType);
        assertTrue(judgement(byType, "vulnerable-subjects").evidence().get(0).contains("com.clinic.PatientRecord"));
        assertNotMet("vulnerable-subjects", screen(scenario().purpose(purpose("orders").subjects("customer"))
                .field("com.shop.Customer", "name", "user.name")));
    }

    @Test
    void innovativeTechnology() {
        assertMet("innovative-technology", screen(scenario().use("openai")));
        assertMet("innovative-technology", screen(scenario().recipient("assistant", "openai").use("assistant")));
        assertNotMet("innovative-technology", screen(scenario().use("stripe")));
    }

    @Test
    void preventsRights() {
        assertMet("prevents-rights", screen(scenario().purpose(purpose("fraud").dataUse("essential.fraud_detection"))));
        assertNotMet("prevents-rights", screen(scenario().purpose(purpose("security").dataUse("essential.service.security"))));
    }

    @Test
    void theCasesOfArticle35_3NeedAllTheirCriteria() {
        assertMet("art-35-3-a", screen(scenario().purpose(purpose("scoring").profiling().automatedDecisions())));
        assertNotMet("art-35-3-a", screen(scenario().purpose(purpose("scoring").profiling())));
        Scenario specialAtScale = scenario().purpose(purpose("care").largeScale())
                .field("com.shop.Visit", "diagnosis", "user.health");
        assertMet("art-35-3-b", screen(specialAtScale));
        assertNotMet("art-35-3-b", screen(scenario().field("com.shop.Visit", "diagnosis", "user.health")));
        assertMet("art-35-3-c", screen(scenario().purpose(purpose("cctv").largeScale()).use("google-analytics")));
        assertNotMet("art-35-3-c", screen(scenario().use("google-analytics")));
    }

    @Test
    void twoCriteriaOrACaseMakeADpiaLikelyRequired() {
        assertFalse(screen(scenario().purpose(purpose("ads").profiling())).likelyRequired());
        assertTrue(screen(scenario().purpose(purpose("ads").profiling()).use("openai")).likelyRequired());
        assertEquals(9, screen(scenario()).criteria().size());
        assertEquals(3, screen(scenario()).cases().size());
    }

    @Test
    void dpiaMissingIsReportedOnlyWhenTheScreeningMeetsTwoCriteriaAndThePolicyNamesNone() {
        Scenario twoCriteria = scenario().purpose(purpose("ads").profiling()).use("openai");
        List<Finding> findings = check(twoCriteria);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("dpia-missing", findings.get(0).ruleId());
        assertTrue(findings.get(0).message().contains("evaluation-scoring, innovative-technology"), findings.get(0).message());
        assertEquals("lawful.yaml", findings.get(0).file());
        assertEquals(List.of(), check(twoCriteria.dpia(new ImpactAssessment("DPIA-7", "2024-03-01", RULES))));
        assertEquals(List.of(), check(scenario().purpose(purpose("ads").profiling())));
    }

    private static List<Finding> check(Scenario scenario) {
        List<Finding> findings = new ArrayList<>();
        new DpiaMissing().run(new CheckContext(scenario.policy(), scenario.inventory, scenario.uses), findings::add);
        return findings;
    }

    private static DpiaScreening screen(Scenario scenario) {
        return new DpiaScreener(scenario.policy(), scenario.inventory, scenario.uses).screen();
    }

    private static Judgement judgement(DpiaScreening screening, String id) {
        List<Judgement> all = new ArrayList<>(screening.criteria());
        all.addAll(screening.cases());
        return all.stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertMet(String id, DpiaScreening screening) {
        Judgement judgement = judgement(screening, id);
        assertTrue(judgement.met(), id + ": " + judgement.evidence());
        assertFalse(judgement.evidence().isEmpty());
    }

    private static void assertNotMet(String id, DpiaScreening screening) {
        Judgement judgement = judgement(screening, id);
        assertFalse(judgement.met(), id + ": " + judgement.evidence());
        assertTrue(judgement.evidence().stream().anyMatch(e -> e.startsWith("Not")), judgement.evidence().toString());
    }

    private static PurposeBuilder purpose(String id) {
        return new PurposeBuilder(id);
    }

    private static Scenario scenario() {
        return new Scenario();
    }

    /** A purpose with only the flags and data use a test sets. */
    private static final class PurposeBuilder {
        private final String id;
        private String dataUse;
        private boolean profiling;
        private boolean automatedDecisions;
        private boolean largeScale;
        private List<String> subjects = List.of();

        PurposeBuilder(String id) {
            this.id = id;
        }

        PurposeBuilder dataUse(String use) {
            dataUse = use;
            return this;
        }

        PurposeBuilder profiling() {
            profiling = true;
            return this;
        }

        PurposeBuilder automatedDecisions() {
            automatedDecisions = true;
            return this;
        }

        PurposeBuilder largeScale() {
            largeScale = true;
            return this;
        }

        PurposeBuilder subjects(String... ids) {
            subjects = List.of(ids);
            return this;
        }

        Purpose build() {
            return new Purpose(id, id, null, dataUse, List.of("contract"), profiling, false, false, subjects,
                    automatedDecisions, largeScale, null, RULES);
        }
    }

    /** A policy with a small taxonomy, the code's inventory and the services found in the build. */
    private static final class Scenario {
        private final List<Purpose> purposes = new ArrayList<>();
        private final List<Recipient> recipients = new ArrayList<>();
        private final List<InventoryEntry> inventory = new ArrayList<>();
        private final List<RecipientUse> uses = new ArrayList<>();
        private ImpactAssessment dpia;

        Scenario purpose(PurposeBuilder purpose) {
            purposes.add(purpose.build());
            return this;
        }

        Scenario recipient(String id, String service) {
            recipients.add(new Recipient(id, id, service, "US", List.of(), List.of(), null, Signatures.NONE, RULES));
            return this;
        }

        Scenario field(String className, String member, String category) {
            inventory.add(new InventoryEntry(element(className, member), personal(category), null));
            return this;
        }

        Scenario declaredField(String className, String member, String category, String... purposeIds) {
            BoundDeclaration declaration = new BoundDeclaration(BoundDeclaration.Source.YAML, "d", List.of(),
                    List.of(purposeIds), "contract", null, RULES);
            inventory.add(new InventoryEntry(element(className, member), personal(category), declaration));
            return this;
        }

        Scenario use(String service) {
            uses.add(new RecipientUse(service, RecipientUse.How.MAVEN, "com.example:" + service + "-sdk", "pom.xml", 0));
            return this;
        }

        Scenario dpia(ImpactAssessment assessment) {
            dpia = assessment;
            return this;
        }

        Policy policy() {
            List<DataCategory> categories = List.of(category("user.contact.email", false), category("user.name", false),
                    category("user.device.cookie_id", false), category("user.health", true));
            List<DataSubject> subjects = List.of(
                    new DataSubject("customer", "Customer", null, false, List.of("customer"), RULES),
                    new DataSubject("patient", "Patient", null, true, List.of("patient"), RULES));
            List<Service> services = List.of(service("google-analytics"), service("openai"), service("stripe"));
            return new Policy("shop", "Shop", List.of("lawful.yaml"), null, null, null, Map.of(), Map.of(),
                    Policy.byId(purposes, Purpose::id), Policy.byId(categories, DataCategory::id), null, Map.of(),
                    Policy.byId(services, Service::id), Policy.byId(recipients, Recipient::id), List.of(), List.of(),
                    List.of(), List.of(), List.of(), Policy.byId(subjects, DataSubject::id), Map.of(), dpia,
                    Map.of("id", RULES));
        }

        private static DataCategory category(String id, boolean special) {
            return new DataCategory(id, id, null, special, Detection.NONE, List.of(), List.of(), RULES);
        }

        private static Service service(String id) {
            return new Service(id, id, "US", Signatures.NONE, RULES);
        }

        private static CodeElement element(String className, String member) {
            String path = "src/" + className.replace('.', '/') + ".java";
            return new CodeElement(className, member, CodeElement.Kind.FIELD, "String", false, false, List.of(), null,
                    path, 7, 5, Origin.SOURCE);
        }

        private static Classification personal(String category) {
            return new Classification(true, List.of(category), 0.9, false, List.of());
        }
    }
}
