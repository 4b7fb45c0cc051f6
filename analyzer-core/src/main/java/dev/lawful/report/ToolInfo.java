package dev.lawful.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How reports name the tool that wrote them.
 *
 * @param version the Lawful version, as the build recorded it
 */
public record ToolInfo(String name, String version, String informationUri) {

    public static final String NAME = "Lawful";
    public static final String INFORMATION_URI = "https://github.com/lawful-dev/lawful";

    /** This build of Lawful. */
    public static ToolInfo current() {
        return new ToolInfo(NAME, buildVersion(), INFORMATION_URI);
    }

    /** Lawful at a given version, for reproducible test output. */
    public static ToolInfo ofVersion(String version) {
        return new ToolInfo(NAME, version, INFORMATION_URI);
    }

    private static String buildVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("/dev/lawful/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Lawful version", e);
        }
    }
}
