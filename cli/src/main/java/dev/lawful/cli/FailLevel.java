package dev.lawful.cli;

import dev.lawful.check.Severity;
import java.util.Locale;
import picocli.CommandLine;

/** The --fail-on threshold. */
enum FailLevel {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTE(Severity.NOTE), NEVER(null);

    private final Severity threshold;

    FailLevel(Severity threshold) {
        this.threshold = threshold;
    }

    /** Parses a level as users write it, in any case. */
    static FailLevel parse(String value) {
        for (FailLevel level : values()) {
            if (level.name().equalsIgnoreCase(value.strip())) {
                return level;
            }
        }
        throw new CommandLine.TypeConversionException("expected error, warning, note or never, found '" + value + "'");
    }

    /** As users write it, in help and error messages. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lowest severity that fails, or null for never. */
    Severity threshold() {
        return threshold;
    }
}
