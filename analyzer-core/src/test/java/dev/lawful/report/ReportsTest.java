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
}
