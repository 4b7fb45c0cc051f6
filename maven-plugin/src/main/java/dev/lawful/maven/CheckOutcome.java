package dev.lawful.maven;

import dev.lawful.Result;
import dev.lawful.check.FailLevel;
import dev.lawful.check.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code lawful:check} makes of a result under its {@code failOn} threshold: the
 * findings below it are logged as warnings; those at or above it fail the build with a
 * message that lists them.
 *
 * @param warnings one text per finding below the threshold, in report order
 * @param failure the build-failure message, or empty when the build passes
 */
record CheckOutcome(List<String> warnings, Optional<String> failure) {

    CheckOutcome {
        warnings = List.copyOf(warnings);
    }

    static CheckOutcome of(Result result, FailLevel failOn, List<Path> reports) {
        Severity threshold = failOn.threshold();
        List<String> warnings = result.findings().stream()
                .filter(f -> threshold == null || !f.severity().isAtLeast(threshold))
                .map(FailureMessages::describe)
                .toList();
        Optional<String> failure = result.failsAt(threshold)
                ? Optional.of(FailureMessages.findings(result, threshold, reports))
                : Optional.empty();
        return new CheckOutcome(warnings, failure);
    }
}
