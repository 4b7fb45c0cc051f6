package dev.lawful.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the report writers, under src/test/resources/reports/golden. Run the tests
 * with {@code -Dlawful.golden.update=true} to rewrite them after an intended change, then
 * review the diff; a mismatch leaves the actual output under target/golden-actual.
 */
public final class Golden {

    private static final Path GOLDEN = Path.of("src/test/resources/reports/golden");
    private static final Path ACTUAL = Path.of("target/golden-actual");

    private Golden() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("lawful.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Files.createDirectories(ACTUAL);
            Files.writeString(ACTUAL.resolve(name), actual, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, "output differs from golden file " + golden + "; actual output in "
                + ACTUAL.resolve(name));
    }
}
