package dev.lawful.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
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
    void reportsGetTheSamePermissionsAsAnyNewFileSoThatCiArtifactsAndSitesCanServeThem() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));

        List<Path> written = Reports.write(ReportFixture.webshop(), dir.resolve("lawful"), Reports.forFormats(List.of("json")));

        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(written.get(0)));
    }
}
