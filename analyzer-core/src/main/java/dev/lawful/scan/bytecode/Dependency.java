package dev.lawful.scan.bytecode;

import java.nio.file.Path;

/**
 * A dependency of the scanned project.
 *
 * @param coordinates {@code groupId:artifactId}, or null when unknown (then read from the
 *     jar's {@code META-INF/maven} when present)
 */
public record Dependency(Path file, String coordinates) {
}
