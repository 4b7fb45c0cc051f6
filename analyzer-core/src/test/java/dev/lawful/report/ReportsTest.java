package dev.lawful.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    @TempDir
    Path dir;

    @Test
    void anOutputFolderThatIsAFileIsRefusedWithAMessageThatSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("pom.xml"), "<project/>");

        IOException e = assertThrows(IOException.class,
                () -> Reports.write(ReportFixture.webshop(), file, Reports.forFormats(List.of("json"))));

        assertEquals(file + " is a file, not a folder for the reports", e.getMessage());
        assertEquals("<project/>", Files.readString(file));
    }

    @Test
    void theRopaFormatWritesTheWorkbookThePageACsvPerTableAndTheDpiaScreening() throws Exception {
        List<Path> written = Reports.write(ReportFixture.webshop(), dir, Reports.forFormats(List.of("ropa", "fides")));

        List<String> names = written.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
        assertEquals(List.of("lawful-ropa.xlsx", "lawful-ropa.html", "lawful-ropa/purposes.csv",
                "lawful-ropa/categories.csv", "lawful-ropa/in-code-not-in-policy.csv",
                "lawful-ropa/in-policy-not-in-code.csv", "lawful-ropa/recipients.csv", "lawful-ropa/retention.csv",
                "lawful-ropa/security.csv", "lawful-ropa/processor.csv", "lawful-ropa/dpia.csv", "lawful-dpia.json",
                "lawful-fides.yaml"), names);
        byte[] zip = Files.readAllBytes(dir.resolve("lawful-ropa.xlsx"));
        assertEquals("PK", new String(zip, 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a zip archive, not text");
        assertEquals(List.of("ropa"), Reports.forFormats(List.of("ropa", "ROPA")).stream()
                .map(ReportWriter::format).distinct().toList());
    }
}
