package dev.lawful.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.Problem;
import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.policy.SourceRef;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {

    private static final Finding UNDECLARED = new Finding("personal-data-undeclared", Severity.ERROR,
            "com.shop.Customer", "personnummer", "src/main/java/com/shop/Customer.java", 12, 20,
            "user.government_id", "Customer#personnummer holds a national identity number but no declaration covers it",
            new Fix("Declare the field in lawful.yaml or annotate it with @PersonalData", null, null));
    private static final Finding STALE = new Finding("declaration-stale", Severity.WARNING,
            null, null, "lawful.yaml", 40, 5, null, "Declaration old-crm matches no class", null);

    @Test
    void listsFailingFindingsWithPlaceRuleCategoryWhyAndFixThenTheReports() {
        Result result = result(List.of(UNDECLARED, STALE));
        String message = FailureMessages.findings(result, Severity.ERROR, List.of(Path.of("target/lawful/lawful.json")));
        assertEquals(String.join(System.lineSeparator(),
                "Lawful found 1 finding at or above severity error:",
                "  src/main/java/com/shop/Customer.java:12:20: error personal-data-undeclared"
                        + " [user.government_id] com.shop.Customer#personnummer",
                "      Customer#personnummer holds a national identity number but no declaration covers it",
                "      Fix: Declare the field in lawful.yaml or annotate it with @PersonalData",
                "Reports:",
                "  " + Path.of("target/lawful/lawful.json")), message);
    }

    @Test
    void warningThresholdIncludesPolicyFindings() {
        String message = FailureMessages.findings(result(List.of(UNDECLARED, STALE)), Severity.WARNING, List.of());
        assertTrue(message.startsWith("Lawful found 2 findings at or above severity warning:"), message);
        assertTrue(message.contains("  lawful.yaml:40:5: warning declaration-stale" + System.lineSeparator()
                + "      Declaration old-crm matches no class"), message);
        assertTrue(message.endsWith("No reports written."), message);
    }

    @Test
    void longListsAreCutWithACount() {
        List<Finding> many = IntStream.rangeClosed(1, FailureMessages.MAX_LISTED + 3).mapToObj(line ->
                new Finding("legal-basis-missing", Severity.ERROR, "a.B", "f" + line, "B.java", line, 1,
                        null, "no legal basis", null)).toList();
        String message = FailureMessages.findings(result(many), Severity.ERROR, List.of());
        assertTrue(message.contains("B.java:" + FailureMessages.MAX_LISTED + ":1"), message);
        assertTrue(!message.contains("B.java:" + (FailureMessages.MAX_LISTED + 1) + ":1"), message);
        assertTrue(message.contains("  ... and 3 more"), message);
    }

    @Test
    void configurationProblemsEachOnALineWithTheirPlace() {
        ConfigurationException e = new ConfigurationException(List.of(
                new Problem(new SourceRef("lawful.yaml", 7, 3), "unknown key \"purpose\"; expected one of purposes"),
                new Problem(null, "no source folder")));
        assertEquals(String.join(System.lineSeparator(),
                "Lawful cannot run: the configuration is wrong",
                "  lawful.yaml:7:3: unknown key \"purpose\"; expected one of purposes",
                "  no source folder"), FailureMessages.configuration(e));
    }

    private static Result result(List<Finding> findings) {
        return new Result(null, List.of(), findings, List.of(), List.of(), new Result.Stats(1, 0, 1, 1));
    }
}
