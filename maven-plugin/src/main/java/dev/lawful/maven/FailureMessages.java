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

    /** More findings than this are counted, not listed: the reports hold them all. */
    static final int MAX_LISTED = 100;

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
     * The findings at or above {@code threshold}, each with its place, rule, category,
     * message and fix, and where the reports are.
     */
    static String findings(Result result, Severity threshold, List<Path> reports) {
        List<Finding> failing = result.findings().stream()
                .filter(f -> f.severity().isAtLeast(threshold))
                .toList();
        StringBuilder text = new StringBuilder()
                .append("Lawful found ").append(plural(failing.size(), "finding"))
                .append(" at or above severity ").append(threshold.id()).append(':');
        failing.stream().limit(MAX_LISTED).forEach(f -> text.append(NL).append(describe(f)));
        if (failing.size() > MAX_LISTED) {
            text.append(NL).append("  ... and ").append(failing.size() - MAX_LISTED).append(" more");
        }
        text.append(NL).append(reportsLine(reports));
        return text.toString();
    }

    static String reportsLine(List<Path> reports) {
        if (reports.isEmpty()) {
            return "No reports written.";
        }
        StringBuilder text = new StringBuilder("Reports:");
        reports.forEach(r -> text.append(NL).append("  ").append(r));
        return text.toString();
    }

    /**
     * One finding in two or three lines:
     * {@code file:line:column: severity rule-id [category] class#member}, the message, the fix.
     */
    static String describe(Finding finding) {
        StringBuilder text = new StringBuilder("  ").append(place(finding)).append(": ")
                .append(finding.severity().id()).append(' ').append(finding.ruleId());
        if (finding.category() != null) {
            text.append(" [").append(finding.category()).append(']');
        }
        if (finding.className() != null) {
            text.append(' ').append(finding.className());
            if (finding.member() != null) {
                text.append('#').append(finding.member());
            }
        }
        text.append(NL).append("      ").append(finding.message());
        if (!finding.path().isEmpty()) {
            text.append(NL).append("      Path: ").append(dev.lawful.report.FlowPaths.describe(finding.path()));
        }
        if (finding.fix() != null && finding.fix().summary() != null) {
            text.append(NL).append("      Fix: ").append(finding.fix().summary());
        }
        return text.toString();
    }

    private static String place(Finding finding) {
        String file = finding.file() == null ? "(policy)" : finding.file();
        if (finding.line() <= 0) {
            return file;
        }
        return finding.column() <= 0 ? file + ":" + finding.line() : file + ":" + finding.line() + ":" + finding.column();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
