package dev.lawful.rules.ropa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lawful.Result;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.report.fides.FideslangVocabulary;
import dev.lawful.report.fides.FidesManifestWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The Fides export validates against fideslang's System model, and uses only fideslang's taxonomy keys. */
class FidesManifestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema;
    private static Set<String> dataUses;
    private static Set<String> dataSubjects;
    private static Set<String> dataCategories;
    private static JsonNode webshop;
    private static JsonNode jalonom;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = resource("system.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        dataUses = keys("data_uses.json", "data_use");
        dataSubjects = keys("data_subjects.json", "data_subject");
        dataCategories = keys("data_categories.json", "data_category");
        webshop = manifest(Analyses.webshop());
        jalonom = manifest(Analyses.jalonomAlone());
    }

    @Test
    void theWebshopAndJalonomManifestsValidateAgainstTheSchema() {
        assertEquals(Set.of(), schema.validate(webshop));
        assertEquals(Set.of(), schema.validate(jalonom));
    }

    @Test
    void theSchemaRefusesAManifestThatFideslangWouldNotRead() {
        ObjectNode broken = webshop.deepCopy();
        ObjectNode declaration = (ObjectNode) broken.get("system").get(0).get("privacy_declarations").get(0);
        declaration.put("legal_basis_for_processing", "Contractual necessity");
        declaration.remove("data_use");
        Set<ValidationMessage> messages = schema.validate(broken);
        assertEquals(2, messages.size(), messages.toString());
    }

    @Test
    void everyKeyIsInFideslangsPublishedTaxonomy() {
        for (JsonNode manifest : List.of(webshop, jalonom)) {
            for (JsonNode declaration : manifest.get("system").get(0).get("privacy_declarations")) {
                assertTrue(dataUses.contains(declaration.get("data_use").asText()), declaration.toString());
                declaration.get("data_subjects").forEach(s -> assertTrue(dataSubjects.contains(s.asText()), s.asText()));
                declaration.get("data_categories").forEach(c -> assertTrue(dataCategories.contains(c.asText()), c.asText()));
                if (declaration.has("shared_categories")) {
                    declaration.get("shared_categories").forEach(c -> assertTrue(dataCategories.contains(c.asText())));
                }
            }
        }
    }

    @Test
    void everyBundledCategoryHasAFideslangKey() throws Exception {
        FideslangVocabulary vocabulary = FideslangVocabulary.bundled();
        for (String category : new PolicyLoader(getClass().getClassLoader()).load(List.of("builtin:gdpr"))
                .categories().keySet()) {
            assertTrue(dataCategories.contains(vocabulary.category(category)),
                    category + " is exported as " + vocabulary.category(category) + ", which fideslang lacks");
        }
    }

    @Test
    void theWebshopSystemSaysWhatThePolicyAndTheCodeSay() {
        JsonNode system = webshop.get("system").get(0);
        assertEquals("webshop", system.get("fides_key").asText());
        assertEquals("Jalonom", system.get("legal_name").asText());
        assertTrue(system.get("does_international_transfers").asBoolean());
        assertEquals("[\"SCCs\"]", system.get("legal_basis_for_transfers").toString());
        assertTrue(system.get("uses_profiling").asBoolean());
        assertTrue(system.get("requires_data_protection_assessments").asBoolean(), "the DPIA screening says so");
        JsonNode chat = declaration(system, "Customer relationship and communication");
        assertEquals("essential.service.operations.support", chat.get("data_use").asText());
        assertEquals("[\"customer\"]", chat.get("data_subjects").toString());
        assertEquals("Contract", chat.get("legal_basis_for_processing").asText());
        Set<String> categories = new HashSet<>();
        chat.get("data_categories").forEach(c -> categories.add(c.asText()));
        assertTrue(categories.containsAll(Set.of("user.contact.email", "user.health_and_medical")), categories.toString());
        assertTrue(chat.get("processes_special_category_data").asBoolean(), "Reklamation#allergiBeskrivning");
        assertTrue(chat.get("retention_period").asText().contains("P3Y from account-closed"));
        assertEquals("tawk.to live chat", chat.get("third_parties").asText());
    }

    @Test
    void jalonomAloneDeclaresItsTenPurposesWithoutCodeCategories() {
        JsonNode declarations = jalonom.get("system").get(0).get("privacy_declarations");
        assertEquals(10, declarations.size());
        assertFalse(jalonom.get("system").get(0).get("requires_data_protection_assessments").asBoolean(),
                "one criterion (profiling) alone: no DPIA indicated without code");
        declarations.forEach(d -> assertEquals(0, d.get("data_categories").size(), d.toString()));
    }

    private static JsonNode declaration(JsonNode system, String name) {
        for (JsonNode declaration : system.get("privacy_declarations")) {
            if (declaration.get("name").asText().equals(name)) {
                return declaration;
            }
        }
        throw new AssertionError("no privacy declaration " + name);
    }

    private static JsonNode manifest(Result result) throws IOException {
        String yaml = new String(Analyses.bytes(new FidesManifestWriter(), result), StandardCharsets.UTF_8);
        return JSON.valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml));
    }

    private static Set<String> keys(String file, String resource) throws IOException {
        try (InputStream in = resource(file)) {
            Set<String> keys = new HashSet<>();
            JSON.readTree(in).get(resource).forEach(entry -> keys.add(entry.get("fides_key").asText()));
            return keys;
        }
    }

    private static InputStream resource(String name) {
        InputStream in = FidesManifestTest.class.getResourceAsStream("/fideslang/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource fideslang/" + name);
        }
        return in;
    }
}
