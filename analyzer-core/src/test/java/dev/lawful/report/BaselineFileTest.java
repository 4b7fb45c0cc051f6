package dev.lawful.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lawful.ConfigurationException;
import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    private static final Finding EMAIL = code("email", 12);
    private static final Finding PHONE = code("phone", 14);
    private static final Finding STALE = new Finding("declaration-stale", Severity.WARNING, null, null, "lawful.yaml",
            40, 5, null, "declaration old-crm matches no personal data", null);

    @TempDir
    Path dir;

    @Test
    void acceptedFindingsStayBaselinedWhenTheirLinesMoveAndNewOnesAreNew() throws Exception {
        BaselineFile baseline = new BaselineFile(dir.resolve("lawful-baseline.json"), "lawful-baseline.json");
        Result written = baseline.update(result(List.of(EMAIL, STALE)));
        assertEquals(List.of(), written.newFindings());

        Finding movedEmail = code("email", 30);
        Finding movedStale = new Finding("declaration-stale", Severity.WARNING, null, null, "lawful.yaml", 52, 3, null,
                "declaration old-crm matches no personal data", null);
        Result later = baseline.compare(result(List.of(movedEmail, movedStale, PHONE)));

        assertTrue(later.isBaselined(movedEmail));
        assertTrue(later.isBaselined(movedStale));
        assertEquals(List.of(PHONE), later.newFindings());
        assertTrue(later.failsAt(Severity.ERROR), "the new error fails");
        assertFalse(baseline.compare(result(List.of(movedEmail))).failsAt(Severity.ERROR), "a baselined error does not");
        assertEquals(List.of(), later.baseline().removable());
    }

    @Test
    void baselinedFindingsThatNoLongerOccurAreRemovable() throws Exception {
        BaselineFile baseline = new BaselineFile(dir.resolve("b.json"), "b.json");
        baseline.update(result(List.of(EMAIL, PHONE)));
        Result later = baseline.compare(result(List.of(EMAIL)));
        assertEquals(List.of("com.shop.Customer#phone"),
                later.baseline().removable().stream().map(e -> e.subject()).toList());
    }

    @Test
    void theFileIsSortedAndTheSameFindingsGiveTheSameBytes() throws Exception {
        Path file = dir.resolve("b.json");
        BaselineFile baseline = new BaselineFile(file, "b.json");
        baseline.update(result(List.of(PHONE, EMAIL, STALE)));
        String first = Files.readString(file);
        baseline.update(result(List.of(STALE, code("email", 99), code("phone", 1))));
        assertEquals(first, Files.readString(file));
        JsonNode json = new ObjectMapper().readTree(first);
        assertEquals(1, json.path("lawfulBaseline").asInt());
        assertEquals(List.of("declaration-stale", "personal-data-undeclared", "personal-data-undeclared"),
                json.path("findings").findValuesAsText("ruleId"));
    }

    @Test
    void aMissingOrMalformedFileIsAConfigurationErrorWithItsPlace() throws Exception {
        ConfigurationException missing = assertThrows(ConfigurationException.class,
                () -> new BaselineFile(dir.resolve("none.json"), "none.json").compare(result(List.of())));
        assertTrue(missing.getMessage().startsWith("none.json: no such baseline file"), missing.getMessage());

        Files.writeString(dir.resolve("bad.json"), "{\n  \"lawfulBaseline\": 1,\n  \"findings\": [ oops ]\n}\n");
        ConfigurationException bad = assertThrows(ConfigurationException.class,
                () -> new BaselineFile(dir.resolve("bad.json"), "bad.json").compare(result(List.of())));
        assertTrue(bad.getMessage().startsWith("bad.json:3:"), bad.getMessage());

        Files.writeString(dir.resolve("other.json"), "{\"schemaVersion\": 1}\n");
        ConfigurationException other = assertThrows(ConfigurationException.class,
                () -> new BaselineFile(dir.resolve("other.json"), "other.json").compare(result(List.of())));
        assertTrue(other.getMessage().contains("not a Lawful baseline"), other.getMessage());
    }

    @Test
    void theReportsMarkEachFindingNewOrBaselined() throws Exception {
        Result fixture = ReportFixture.webshop();
        Finding accepted = fixture.findings().get(0);
        new BaselineFile(dir.resolve("one.json"), "one.json").update(result(List.of(accepted)));
        Result compared = new BaselineFile(dir.resolve("one.json"), "one.json").compare(fixture);

        StringWriter json = new StringWriter();
        new JsonReportWriter().write(compared, json);
        JsonNode report = new ObjectMapper().readTree(json.toString());
        assertEquals("baselined", report.path("findings").get(0).path("baseline").asText());
        assertEquals(fixture.findings().size() - 1,
                report.path("findings").findValuesAsText("baseline").stream().filter("new"::equals).count());
        assertEquals("one.json", report.path("baseline").path("file").asText());

        StringWriter plain = new StringWriter();
        new JsonReportWriter().write(fixture, plain);
        assertFalse(plain.toString().contains("\"baseline\""), "without a baseline the report is as before");
    }

    private static Result result(List<Finding> findings) {
        return new Result(null, List.of(), findings, List.of(), List.of(), new Result.Stats(1, 0, 1, 2));
    }

    private static Finding code(String member, int line) {
        return new Finding("personal-data-undeclared", Severity.ERROR, "com.shop.Customer", member,
                "src/main/java/com/shop/Customer.java", line, 5, "user.contact", "no declaration for " + member, null);
    }
}
