package dev.lawful.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lowest finding severity that fails a run ({@code --fail-on} of the CLI, {@code failOn}
 * of the Maven plugin), or {@link #NEVER}.
 */
public enum FailLevel {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTE(Severity.NOTE), NEVER(null);

    private final Severity threshold;

    FailLevel(Severity threshold) {
        this.threshold = threshold;
    }

    /** The level as users write it ({@code error}, {@code never}), in any case and with blanks around; empty when it is none. */
    public static Optional<FailLevel> parse(String value) {
        String wanted = value == null ? "" : value.strip();
        return Arrays.stream(values()).filter(level -> level.id().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Every level as users write it, for error messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(FailLevel::id).toList();
    }

    /** The lowest severity that fails, or null when nothing does. */
    public Severity threshold() {
        return threshold;
    }

    /** Whether a finding of {@code severity} fails a run at this level. */
    public boolean fails(Severity severity) {
        return threshold != null && severity.isAtLeast(threshold);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As users write it, in help and error messages. */
    @Override
    public String toString() {
        return id();
    }
}
