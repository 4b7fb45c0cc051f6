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
    private static final ConsoleListing CONSOLE = new ConsoleListing(ConsoleListing.DEFAULT_LIMIT);

    @Test
    void errorThresholdFailsOnTheErrorAndListsTheRestAsWarnings() throws Exception {
        CheckOutcome outcome = CheckOutcome.of(RESULT, FailLevel.parse("error").orElseThrow(), REPORTS, List.of(), CONSOLE);
        assertEquals(List.of(true, true, false, false), outcome.listing().stream().map(ConsoleListing.Line::failing).toList());
        assertEquals(Optional.of(FailureMessages.findings(RESULT, Severity.ERROR, REPORTS, List.of())), outcome.failure());
        assertTrue(outcome.failure().get().startsWith("Lawful found 1 finding at or above severity error: 1 error"));
    }

    @Test
    void warningThresholdFailsOnErrorsAndWarnings() throws Exception {
        CheckOutcome outcome = CheckOutcome.of(RESULT, FailLevel.parse("warning").orElseThrow(), REPORTS, List.of(), CONSOLE);
        assertEquals(List.of(true, true, true, false), outcome.listing().stream().map(ConsoleListing.Line::failing).toList());
        assertTrue(outcome.failure().orElseThrow()
                .startsWith("Lawful found 2 findings at or above severity warning: 1 error, 1 warning"));
    }

    @Test
    void neverPassesAndListsEverythingAsWarnings() throws Exception {
        CheckOutcome outcome = CheckOutcome.of(RESULT, FailLevel.parse("never").orElseThrow(), REPORTS, List.of(), CONSOLE);
        assertEquals(4, outcome.listing().size());
        assertTrue(outcome.listing().stream().noneMatch(ConsoleListing.Line::failing));
        assertEquals(Optional.empty(), outcome.failure());
    }

    @Test
    void onlyNotesPassUnderTheDefault() throws Exception {
        Result notes = new Result(null, List.of(), List.of(NOTE), List.of(), List.of(), new Result.Stats(1, 0, 1, 1));
        assertEquals(Optional.empty(), CheckOutcome.of(notes, FailLevel.parse("error").orElseThrow(), REPORTS, List.of(), CONSOLE).failure());
        assertTrue(CheckOutcome.of(notes, FailLevel.parse("note").orElseThrow(), REPORTS, List.of(), CONSOLE).failure().isPresent());
    }

    @Test
    void theFailureOfAnAggregateCheckGivesTheTotalsPerModule() throws Exception {
        CheckOutcome outcome = CheckOutcome.of(RESULT, FailLevel.parse("error").orElseThrow(), REPORTS,
                List.of("core: 1 error, 0 warnings, 0 notes", "web: 0 errors, 1 warning, 1 note"), CONSOLE);
        assertTrue(outcome.failure().orElseThrow().contains(String.join(System.lineSeparator(), "Per module:",
                "  core: 1 error, 0 warnings, 0 notes", "  web: 0 errors, 1 warning, 1 note")), outcome.failure().get());
    }

    private static Finding finding(String rule, Severity severity, String member, int line) {
        return new Finding(rule, severity, "com.shop.Shop", member, "src/main/java/com/shop/Shop.java", line, 5,
                null, "message about " + member, null);
    }
}
