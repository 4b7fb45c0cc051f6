package dev.lawful.check;

import java.util.Comparator;

/**
 * A problem found in the code or the policy. Findings about the policy itself have no
 * class or member, and their file is the rule file.
 *
 * @param file relative path with '/' (source), class file or jar entry (bytecode), or rule file
 * @param category the data category concerned, or null
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
        Fix fix) {

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
