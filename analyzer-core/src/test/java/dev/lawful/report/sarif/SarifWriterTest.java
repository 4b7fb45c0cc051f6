package dev.lawful.report.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.report.Golden;
import dev.lawful.report.ReportFixture;
import dev.lawful.report.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String sarif(Result result) throws IOException {
        StringWriter out = new StringWriter();
        new SarifWriter(ToolInfo.ofVersion("1.2.3")).write(result, out);
        return out.toString();
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("lawful.sarif", sarif(ReportFixture.webshop()));
    }

    @Test
    void isValidAgainstTheOfficialSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(sarif(ReportFixture.webshop())));

        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theSchemaCheckRejectsABrokenLog() throws IOException {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        String broken = sarif(ReportFixture.webshop()).replace("\"startLine\" : ", "\"startLine\" : -");

        assertFalse(schema.validate(JSON.readTree(broken)).isEmpty());
    }

    @Test
    void sameResultGivesTheSameBytes() throws IOException {
        assertEquals(sarif(ReportFixture.webshop()), sarif(ReportFixture.webshop()));
    }

    @Test
    void describesEveryRuleWithHelpAndPointsEachResultAtItsRule() throws IOException {
        JsonNode run = JSON.readTree(sarif(ReportFixture.webshop())).path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");

        assertEquals(ReportFixture.webshop().rules().size(), rules.size());
        for (JsonNode rule : rules) {
            assertFalse(rule.path("shortDescription").path("text").asText().isBlank());
            assertFalse(rule.path("fullDescription").path("text").asText().isBlank());
            assertFalse(rule.path("help").path("markdown").asText().isBlank());
            assertEquals("https://github.com/lawful-dev/lawful/blob/main/docs/checks.md#" + rule.path("id").asText(),
                    rule.path("helpUri").asText());
        }
        for (JsonNode result : run.path("results")) {
            assertEquals(result.path("ruleId").asText(), rules.get(result.path("ruleIndex").asInt()).path("id").asText());
        }
    }

    @Test
    void locatesResultsRelativeToTheProjectRoot() throws IOException {
        JsonNode run = JSON.readTree(sarif(ReportFixture.webshop())).path("runs").get(0);
        JsonNode bio = resultFor(run, "com.jalonom.shop.customer.Profile.bio");
        JsonNode physical = bio.path("locations").get(0).path("physicalLocation");

        assertEquals("src/main/java/com/jalonom/shop/customer/Profile.java", physical.path("artifactLocation").path("uri").asText());
        assertEquals("%SRCROOT%", physical.path("artifactLocation").path("uriBaseId").asText());
        assertEquals(ReportFixture.line("src/main/java/com/jalonom/shop/customer/Profile.java", "private String bio;"),
                physical.path("region").path("startLine").asInt());
        assertTrue(physical.path("region").path("snippet").path("text").asText().contains("private String bio;"));
        assertTrue(run.path("originalUriBaseIds").has("%SRCROOT%"));
    }

    @Test
    void bytecodeFindingsHaveNoRegionAndBundledRuleFindingsBecomeConfigurationNotifications() throws IOException {
        JsonNode run = JSON.readTree(sarif(ReportFixture.webshop())).path("runs").get(0);
        JsonNode mobile = resultFor(run, "com.acme.crm.Contact.mobile").path("locations").get(0).path("physicalLocation");
        JsonNode invocation = run.path("invocations").get(0);

        assertEquals("lib/crm-model-2.1.jar!/com/acme/crm/Contact.class", mobile.path("artifactLocation").path("uri").asText());
        assertTrue(mobile.path("region").isMissingNode());
        assertEquals("policy-deprecated-category",
                invocation.path("toolConfigurationNotifications").get(0).path("associatedRule").path("id").asText());
        assertEquals("src/main/java/com/jalonom/shop/Broken.java", invocation.path("toolExecutionNotifications").get(0)
                .path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        for (JsonNode result : run.path("results")) {
            assertNotEquals("policy-deprecated-category", result.path("ruleId").asText());
        }
    }

    @Test
    void fingerprintsAreDistinctAndSurviveLineMoves() throws IOException {
        Result result = ReportFixture.webshop();
        List<Finding> moved = new ArrayList<>();
        for (Finding f : result.findings()) {
            moved.add(new Finding(f.ruleId(), f.severity(), f.className(), f.member(), f.file(),
                    f.line() == 0 ? 0 : f.line() + 7, f.column() + 2, f.category(), f.message(), f.fix()));
        }
        Result after = new Result(result.policy(), result.inventory(), moved, result.problems(),
                result.recipientUses(), result.stats(), result.rules(), List.of());

        List<String> before = fingerprints(sarif(result));
        assertEquals(before, fingerprints(sarif(after)));
        assertEquals(before.size(), new HashSet<>(before).size(), "fingerprints must tell results apart");
    }

    @Test
    void aFingerprintChangesWhenTheFieldOrRuleChanges() {
        Finding finding = ReportFixture.webshop().findings().stream().filter(f -> f.className() != null)
                .findFirst().orElseThrow();
        Finding otherMember = new Finding(finding.ruleId(), finding.severity(), finding.className(), "other",
                finding.file(), finding.line(), finding.column(), finding.category(), finding.message(), finding.fix());
        Finding otherRule = new Finding("other-rule", finding.severity(), finding.className(), finding.member(),
                finding.file(), finding.line(), finding.column(), finding.category(), finding.message(), finding.fix());

        assertNotEquals(Fingerprints.of(finding), Fingerprints.of(otherMember));
        assertNotEquals(Fingerprints.of(finding), Fingerprints.of(otherRule));
    }

    private static List<String> fingerprints(String sarif) throws IOException {
        List<String> prints = new ArrayList<>();
        JSON.readTree(sarif).path("runs").get(0).path("results")
                .forEach(r -> prints.add(r.path("partialFingerprints").path("lawful/v1").asText()));
        return prints;
    }

    private static JsonNode resultFor(JsonNode run, String qualifiedMember) {
        for (JsonNode result : run.path("results")) {
            JsonNode logical = result.path("locations").get(0).path("logicalLocations");
            if (logical.isArray() && qualifiedMember.equals(logical.get(0).path("fullyQualifiedName").asText())) {
                return result;
            }
        }
        throw new AssertionError("no result for " + qualifiedMember);
    }
}
