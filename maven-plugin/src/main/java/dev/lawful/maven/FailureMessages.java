package dev.lawful.maven;

import dev.lawful.ConfigurationException;
import dev.lawful.Problem;
import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import java.nio.file.Path;
import java.util.List;

/** The text of a failed Lawful goal, as Maven prints it at the end of the build. */
final class FailureMessages {

    private static final String NL = System.lineSeparator();

    private FailureMessages() {
    }

    /** Every problem of the rule files or settings, one per line with its place. */
    static String configuration(ConfigurationException e) {
        StringBuilder text = new StringBuilder("Lawful cannot run: the configuration is wrong");
        for (Problem problem : e.problems()) {
            text.append(NL).append("  ").append(problem);
        }
        return text.toString();
    }

    /**
     * The build-failure message: how many findings are at or above {@code threshold} (they
     * were listed just before), the totals per module of an aggregate goal, and where the
     * reports are.
     */
    static String findings(Result result, Severity threshold, List<Path> reports, List<String> breakdown) {
        List<Finding> unaccepted = result.newFindings();
        long failing = unaccepted.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
        StringBuilder text = new StringBuilder()
                .append("Lawful found ").append(plural(failing, result.baseline().used() ? "new finding" : "finding"))
                .append(" at or above severity ").append(threshold.id()).append(':');
        for (Severity severity : Severity.values()) {
            if (severity.isAtLeast(threshold)) {
                long count = unaccepted.stream().filter(f -> f.severity() == severity).count();
                text.append(' ').append(plural(count, severity.id()));
                text.append(severity == threshold ? "" : ",");
            }
        }
        if (!breakdown.isEmpty()) {
            text.append(NL).append("Per module:");
            breakdown.forEach(line -> text.append(NL).append("  ").append(line));
        }
        text.append(NL).append(reportsLine(reports));
        return text.toString();
    }

    /** The report a person reads for everything the console left out: the HTML one when written. */
    static Path fullReport(List<Path> reports) {
        return reports.stream().filter(r -> r.getFileName().toString().endsWith(".html")).findFirst()
                .orElse(reports.isEmpty() ? null : reports.get(0));
    }

    static String reportsLine(List<Path> reports) {
        if (reports.isEmpty()) {
            return "No reports written.";
        }
        StringBuilder text = new StringBuilder("Reports:");
        reports.forEach(r -> text.append(NL).append("  ").append(r));
        return text.toString();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
