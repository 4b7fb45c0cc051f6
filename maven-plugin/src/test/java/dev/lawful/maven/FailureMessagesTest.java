package dev.lawful.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawful.ConfigurationException;
import dev.lawful.Problem;
import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.policy.SourceRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {

    private static final Finding UNDECLARED = new Finding("personal-data-undeclared", Severity.ERROR,
            "com.shop.Customer", "personnummer", "src/main/java/com/shop/Customer.java", 12, 20,
            "user.government_id", "Customer#personnummer holds a national identity number but no declaration covers it",
            new Fix("Declare the field in lawful.yaml or annotate it with @PersonalData", null, null));
    private static final Finding STALE = new Finding("declaration-stale", Severity.WARNING,
            null, null, "lawful.yaml", 40, 5, null, "Declaration old-crm matches no class", null);

    @Test
    void countsTheFailingFindingsBySeverityThenNamesTheReports() {
        Result result = result(List.of(UNDECLARED, STALE));
        String message = FailureMessages.findings(result, Severity.ERROR, List.of(Path.of("target/lawful/lawful.json")),
                List.of());
        assertEquals(String.join(System.lineSeparator(),
                "Lawful found 1 finding at or above severity error: 1 error",
                "Reports:",
                "  " + Path.of("target/lawful/lawful.json")), message);
    }

    @Test
    void warningThresholdCountsErrorsAndWarnings() {
        String message = FailureMessages.findings(result(List.of(UNDECLARED, STALE)), Severity.WARNING, List.of(),
                List.of());
        assertEquals(String.join(System.lineSeparator(),
                "Lawful found 2 findings at or above severity warning: 1 error, 1 warning",
                "No reports written."), message);
    }

    @Test
    void theFullReportIsTheHtmlOneWhenWritten() {
        assertEquals(Path.of("t/lawful.html"),
                FailureMessages.fullReport(List.of(Path.of("t/lawful.json"), Path.of("t/lawful.html"))));
        assertEquals(Path.of("t/lawful.json"), FailureMessages.fullReport(List.of(Path.of("t/lawful.json"))));
        assertEquals(null, FailureMessages.fullReport(List.of()));
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
