package dev.lawful.maven;

import dev.lawful.Result;
import dev.lawful.check.FailLevel;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


class CheckOutcomeTest {

    private static final Finding ERROR = finding("personal-data-undeclared", Severity.ERROR, "email", 10);
    private static final Finding WARNING = finding("declaration-stale", Severity.WARNING, "phone", 20);
    private static final Finding NOTE = finding("recipient-unused", Severity.NOTE, "ip", 30);
    private static final Result RESULT = new Result(null, List.of(), List.of(ERROR, WARNING, NOTE), List.of(),
            List.of(), new Result.Stats(1, 0, 1, 3));
    private static final List<Path> REPORTS = List.of(Path.of("target/lawful/lawful.html"));

    @Test
    void errorThresholdFailsOnTheErrorAndWarnsAboutTheRest() throws Exception {
        CheckOutcome outcome = CheckOutcome.of(RESULT, FailLevel.parse("error").orElseThrow(), REPORTS);
        assertEquals(List.of(FailureMessages.describe(WARNING), FailureMessages.describe(NOTE)), outcome.warnings());
        assertEquals(Optional.of(FailureMessages.findings(RESULT, Severity.ERROR, REPORTS)), outcome.failure());
        assertTrue(outcome.failure().get().contains("Shop#email"));
        assertTrue(!outcome.failure().get().contains("Shop#phone"));
    }

    @Test
    void warningThresholdFailsOnErrorsAndWarnings() throws Exception {
        CheckOutcome outcome = CheckOutcome.of(RESULT, FailLevel.parse("warning").orElseThrow(), REPORTS);
        assertEquals(List.of(FailureMessages.describe(NOTE)), outcome.warnings());
        assertTrue(outcome.failure().orElseThrow().startsWith("Lawful found 2 findings at or above severity warning:"));
    }

    @Test
    void neverPassesAndWarnsAboutEverything() throws Exception {
        CheckOutcome outcome = CheckOutcome.of(RESULT, FailLevel.parse("never").orElseThrow(), REPORTS);
        assertEquals(3, outcome.warnings().size());
        assertEquals(Optional.empty(), outcome.failure());
    }

    @Test
    void onlyNotesPassUnderTheDefault() throws Exception {
        Result notes = new Result(null, List.of(), List.of(NOTE), List.of(), List.of(), new Result.Stats(1, 0, 1, 1));
        assertEquals(Optional.empty(), CheckOutcome.of(notes, FailLevel.parse("error").orElseThrow(), REPORTS).failure());
        assertTrue(CheckOutcome.of(notes, FailLevel.parse("note").orElseThrow(), REPORTS).failure().isPresent());
    }

    private static Finding finding(String rule, Severity severity, String member, int line) {
        return new Finding(rule, severity, "com.shop.Shop", member, "src/main/java/com/shop/Shop.java", line, 5,
                null, "message about " + member, null);
    }
}
