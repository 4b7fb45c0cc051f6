package dev.lawful.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** The {@code formats} parameter: a comma-separated list of report format ids. */
final class ReportFormats {

    static final String PARAMETER = "formats";
    static final String PROPERTY = "lawful.formats";

    private ReportFormats() {
    }

    /**
     * Parses {@code value} ({@code "json, html"}) against the formats the report registry
     * supports, keeping the order written and dropping repeats.
     */
    static List<String> parse(String value, Collection<String> supported) throws MojoExecutionException {
        Set<String> formats = new LinkedHashSet<>();
        for (String part : (value == null ? "" : value).split(",", -1)) {
            String format = part.trim().toLowerCase(Locale.ROOT);
            if (format.isEmpty()) {
                continue;
            }
            if (!supported.contains(format)) {
                throw invalid(value, supported);
            }
            formats.add(format);
        }
        if (formats.isEmpty()) {
            throw invalid(value, supported);
        }
        return new ArrayList<>(formats);
    }

    private static MojoExecutionException invalid(String value, Collection<String> supported) {
        return new InvalidParameter(PARAMETER, PROPERTY, value, List.copyOf(supported)).toException();
    }
}
