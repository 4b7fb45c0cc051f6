package dev.lawful.cli;

import dev.lawful.check.Severity;

/** The --fail-on threshold. */
enum FailLevel {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTE(Severity.NOTE), NEVER(null);

    private final Severity threshold;

    FailLevel(Severity threshold) {
        this.threshold = threshold;
    }

    /** The lowest severity that fails, or null for never. */
    Severity threshold() {
        return threshold;
    }
}
