package dev.lawful.maven;

import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.report.FlowPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings as a goal prints them, like SpotBugs and PMD: those that fail the build first,
 * grouped by file, one line each, at most {@code limit} of them, then how many more and where the full report is. Findings
 * about a bundled rule file ({@code builtin:NAME}) are one line per rule with their count:
 * the user cannot edit those entries, only extend or override them.
 *
 * @param limit the most finding lines printed; {@link Integer#MAX_VALUE} for all
 */
record ConsoleListing(int limit) {

    /** How many findings a goal prints unless {@code verbose} is set. */
    static final int DEFAULT_LIMIT = 20;

    private static final String BUILTIN_PREFIX = "builtin:";

    /**
     * One printed line.
     *
     * @param failing whether it is about findings at or above the fail threshold (printed as errors)
     */
    record Line(boolean failing, String text) {
    }

    /**
     * @param findings in report order
     * @param threshold the lowest failing severity, or null when nothing fails
     * @param fullReport where the rest is, named in the last line; null when none was written
     */
    List<Line> lines(List<Finding> findings, Severity threshold, Path fullReport) {
        List<Finding> failingFirst = new ArrayList<>(findings.stream().filter(f -> fails(f.severity(), threshold)).toList());
        failingFirst.addAll(findings.stream().filter(f -> !fails(f.severity(), threshold)).toList());
        List<Line> lines = new ArrayList<>();
        int shown = 0;
        int hidden = 0;
        for (Map.Entry<String, List<Entry>> file : byFile(failingFirst).entrySet()) {
            List<Line> fileLines = new ArrayList<>();
            for (Entry entry : file.getValue()) {
                if (shown < limit) {
                    fileLines.add(new Line(fails(entry.severity(), threshold), "  " + entry.text()));
                    shown++;
                } else {
                    hidden += entry.count();
                }
            }
            if (!fileLines.isEmpty()) {
                lines.add(new Line(fileLines.stream().anyMatch(Line::failing), file.getKey()));
                lines.addAll(fileLines);
            }
        }
        if (hidden > 0) {
            lines.add(new Line(false, "... and " + hidden + " more"
                    + (fullReport == null ? "" : ": " + fullReport)));
        }
        return lines;
    }

    /** One listed line: a finding, or the findings of one rule about a bundled rule file. */
    private record Entry(Severity severity, String text, int count) {
    }

    private static Map<String, List<Entry>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> files = new LinkedHashMap<>();
        for (Finding finding : findings) {
            files.computeIfAbsent(finding.file() == null ? "(policy)" : finding.file(), f -> new ArrayList<>()).add(finding);
        }
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        files.forEach((file, inFile) -> entries.put(file,
                file.startsWith(BUILTIN_PREFIX) ? perRule(inFile) : inFile.stream().map(ConsoleListing::entry).toList()));
        return entries;
    }

    private static Entry entry(Finding finding) {
        StringBuilder text = new StringBuilder();
        if (finding.line() > 0) {
            text.append(finding.line());
            if (finding.column() > 0) {
                text.append(':').append(finding.column());
            }
            text.append(' ');
        }
        text.append(finding.severity().id()).append(' ').append(finding.ruleId());
        if (finding.category() != null) {
            text.append(" [").append(finding.category()).append(']');
        }
        if (finding.className() != null) {
            text.append(' ').append(simpleName(finding.className()));
            if (finding.member() != null) {
                text.append('#').append(finding.member());
            }
        }
        text.append(": ").append(finding.message());
        if (!finding.path().isEmpty()) {
            text.append(" (path: ").append(FlowPaths.describe(finding.path())).append(')');
        }
        return new Entry(finding.severity(), text.toString(), 1);
    }

    private static List<Entry> perRule(List<Finding> findings) {
        Map<String, List<Finding>> rules = new LinkedHashMap<>();
        findings.forEach(f -> rules.computeIfAbsent(f.ruleId(), r -> new ArrayList<>()).add(f));
        List<Entry> entries = new ArrayList<>();
        rules.forEach((rule, same) -> {
            Finding first = same.get(0);
            Severity highest = same.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
            String text = same.size() == 1
                    ? highest.id() + " " + rule + ": " + first.message()
                    : highest.id() + " " + rule + ": " + same.size() + " entries, such as: " + first.message();
            entries.add(new Entry(highest, text, same.size()));
        });
        return entries;
    }

    private static boolean fails(Severity severity, Severity threshold) {
        return threshold != null && severity.isAtLeast(threshold);
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
