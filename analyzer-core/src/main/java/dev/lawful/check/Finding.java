package dev.lawful.check;

import dev.lawful.scan.CodeElement;
import dev.lawful.scan.FlowStep;
import java.util.List;
import java.util.Comparator;

/**
 * A problem found in the code or the policy. Findings about the policy itself have no
 * class or member, and their file is the rule file.
 *
 * @param file relative path with '/' (source), class file or jar entry (bytecode), or rule file
 * @param category the data category concerned, or null
 * @param path for a flow finding, where the data went: the source first, the sink call
 *     last; empty for other findings
 */
public record Finding(
        String ruleId,
        Severity severity,
        String className,
        String member,
        String file,
        int line,
        int column,
        String category,
        String message,
        Fix fix,
        List<FlowStep> path) {

    public Finding {
        path = path == null ? List.of() : List.copyOf(path);
    }

    /** A finding without a flow path. */
    public Finding(String ruleId, Severity severity, String className, String member, String file, int line, int column,
            String category, String message, Fix fix) {
        this(ruleId, severity, className, member, file, line, column, category, message, fix, List.of());
    }

    /** A finding about a code element, with the check's id and default severity. */
    public static Finding at(CheckInfo check, CodeElement element, String category, String message, Fix fix) {
        return new Finding(check.id(), check.severity(), element.className(), element.member(),
                element.file(), element.line(), element.column(), category, message, fix);
    }

    /** The same finding with another severity, as a user's configuration asks. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, className, member, file, line, column, category, message, fix, path);
    }

    /** Report order: by file, position, rule, then member. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::className, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::member, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::message);
}
