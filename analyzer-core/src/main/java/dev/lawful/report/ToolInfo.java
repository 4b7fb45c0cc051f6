package dev.lawful.report;

import dev.lawful.Version;

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
        return new ToolInfo(NAME, Version.get(), INFORMATION_URI);
    }

    /** Lawful at a given version, for reproducible test output. */
    public static ToolInfo ofVersion(String version) {
        return new ToolInfo(NAME, version, INFORMATION_URI);
    }
}
