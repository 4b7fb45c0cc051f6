package dev.lawful.maven;

import dev.lawful.check.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/** The {@code failOn} parameter: the lowest finding severity that fails the build. */
enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTE(Severity.NOTE), NEVER(null);

    static final String PARAMETER = "failOn";
    static final String PROPERTY = "lawful.failOn";

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The lowest severity that fails the build, or null when nothing does. */
    Severity threshold() {
        return threshold;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FailOn parse(String value) throws MojoExecutionException {
        String wanted = value == null ? "" : value.trim();
        for (FailOn candidate : values()) {
            if (candidate.id().equalsIgnoreCase(wanted)) {
                return candidate;
            }
        }
        List<String> allowed = Arrays.stream(values()).map(FailOn::id).toList();
        throw new InvalidParameter(PARAMETER, PROPERTY, value, allowed).toException();
    }
}
