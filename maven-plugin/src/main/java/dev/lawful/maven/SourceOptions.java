package dev.lawful.maven;

import dev.lawful.scan.source.SourceSelection;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Objects;
import org.apache.maven.plugin.MojoExecutionException;

/** The {@code includes}, {@code excludes} and {@code encoding} parameters as a {@link SourceSelection}. */
final class SourceOptions {

    static final String ENCODING_PARAMETER = "encoding";
    static final String ENCODING_PROPERTY = "lawful.encoding";

    private SourceOptions() {
    }

    static SourceSelection selection(List<String> includes, List<String> excludes, String encoding)
            throws MojoExecutionException {
        return new SourceSelection(nonBlank(includes), nonBlank(excludes), charset(encoding));
    }

    /** The named charset; null when none is named. */
    static Charset charset(String encoding) throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("Invalid value '" + encoding + "' for parameter '" + ENCODING_PARAMETER
                    + "' (property " + ENCODING_PROPERTY + "): not an encoding this Java runtime knows;"
                    + " for example UTF-8, ISO-8859-1, windows-1252");
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream()
                .filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
