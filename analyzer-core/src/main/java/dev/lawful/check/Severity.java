package dev.lawful.check;

import java.util.Locale;

/** How serious a finding is, highest first. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
