package dev.lawful.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void replacesTheTargetWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("lawful.json");
        Files.writeString(target, "old");

        AtomicFile.write(target, out -> out.write("new"));

        assertEquals("new", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the report is left");
        }
    }

    @Test
    void aReportGetsTheSamePermissionsAsAnyNewFile(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "POSIX file systems only");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");

        AtomicFile.write(dir.resolve("lawful.html"), out -> out.write("<html>"));

        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("lawful.html"))),
                "readable like any other file, not owner-only like a temp file");
    }
}
