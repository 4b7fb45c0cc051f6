package dev.lawful.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * A program outside the JDK that a test drives (a browser, node, the SARIF Multitool),
 * looked up on the PATH first. When it is absent, the test is skipped with the reason,
 * except under CI ({@code CI=true}), where .ci/run has installed it and its absence fails.
 */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** Whether this run is a CI build, where every tool must be present. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The first of {@code names} found on the PATH. */
    public static Optional<Path> find(List<String> names) {
        for (String name : names) {
            for (String folder : pathFolders()) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The tool, or a skipped test that says what is missing and how to get it (a failed one
     * under CI).
     *
     * @param purpose what the tool is, for the message ("Chromium")
     * @param install how to provide it ("apt-get install chromium")
     */
    public static Path require(String purpose, String install, List<String> names) {
        Optional<Path> found = find(names);
        if (found.isEmpty()) {
            missing(purpose + " (" + String.join(" or ", names) + ") is not on the PATH; " + install);
        }
        return found.orElseThrow();
    }

    /** Skips the calling test with {@code reason}, or fails it under CI. */
    public static void missing(String reason) {
        if (inCi()) {
            fail(reason + " (CI=true: .ci/run installs it, so its absence is an error)");
        }
        Assumptions.abort(reason + " (skipped; it runs in CI, where CI=true)");
    }

    private static List<String> pathFolders() {
        String path = System.getenv("PATH");
        return path == null ? List.of() : Arrays.stream(path.split(File.pathSeparator)).filter(p -> !p.isEmpty()).toList();
    }
}
