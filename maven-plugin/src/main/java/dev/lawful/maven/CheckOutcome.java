package dev.lawful.maven;

import dev.lawful.Result;
import dev.lawful.check.FailLevel;
import dev.lawful.check.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code lawful:check} makes of a result under its {@code failOn} threshold: the findings
 * that no baseline accepts, listed as the console shows them (those at or above the threshold as errors, the rest as
 * warnings), and, when any is at or above it, the build-failure message.
 *
 * @param listing the findings, grouped by file and cut at the listing's limit
 * @param failure the build-failure message, or empty when the build passes
 */
record CheckOutcome(List<ConsoleListing.Line> listing, Optional<String> failure) {

    CheckOutcome {
        listing = List.copyOf(listing);
    }

    /** @param breakdown totals per module (aggregate goals), empty for one project */
    static CheckOutcome of(Result result, FailLevel failOn, List<Path> reports, List<String> breakdown,
            ConsoleListing console) {
        Severity threshold = failOn.threshold();
        List<ConsoleListing.Line> listing = console.lines(result.newFindings(), threshold, FailureMessages.fullReport(reports));
        Optional<String> failure = result.failsAt(threshold)
                ? Optional.of(FailureMessages.findings(result, threshold, reports, breakdown))
                : Optional.empty();
        return new CheckOutcome(listing, failure);
    }
}
