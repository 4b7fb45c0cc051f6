package dev.lawful.rules.ropa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawful.Result;
import dev.lawful.report.ReportWriter;
import dev.lawful.report.ropa.RopaReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The record's CSV files, page and DPIA JSON for the web-shop sample, against golden files
 * under src/test/resources/golden/ropa. Run with {@code -Dlawful.golden.update=true} to
 * rewrite them after an intended change, then review the diff.
 */
class RopaGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/ropa");
    private static final Path ACTUAL = Path.of("target/golden-actual/ropa");

    private static Result webshop;

    @BeforeAll
    static void analyse() throws Exception {
        webshop = Analyses.webshop();
    }

    @Test
    void everyTextFileOfTheFormatMatchesItsGoldenFile() throws IOException {
        int compared = 0;
        for (ReportWriter writer : RopaReports.writers()) {
            if (!writer.fileName().endsWith(".xlsx")) {
                assertMatches(writer.fileName(), new String(Analyses.bytes(writer, webshop), StandardCharsets.UTF_8));
                compared++;
            }
        }
        assertEquals(RopaReports.TABLES.size() + 2, compared, "every CSV, the page and the DPIA JSON");
    }

    private static void assertMatches(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("lawful.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Files.createDirectories(ACTUAL.resolve(name).getParent());
            Files.writeString(ACTUAL.resolve(name), actual, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, "output differs from golden file " + golden + "; actual output in "
                + ACTUAL.resolve(name));
    }
}
