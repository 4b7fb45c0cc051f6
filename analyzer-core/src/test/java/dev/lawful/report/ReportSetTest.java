package dev.lawful.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lawful.Result;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSetTest {

    @TempDir
    Path dir;

    @Test
    void aReportThatFailsTakesThePreviousRunsFileWithItAndTheOthersAreWritten() throws IOException {
        Files.writeString(dir.resolve("lawful.json"), "previous json");
        Files.writeString(dir.resolve("lawful.html"), "previous html");
        Files.writeString(dir.resolve("lawful.sarif"), "previous sarif");
        OutOfMemoryError exhausted = new OutOfMemoryError("Java heap space");

        OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> Reports.write(null, dir, List.of(
                writer("lawful.json", "new json", null), writer("lawful.html", "<html>", exhausted),
                writer("lawful.sarif", "new sarif", null))));

        assertSame(exhausted, thrown);
        assertEquals(List.of("lawful.json", "lawful.sarif"), files());
        assertEquals("new json", Files.readString(dir.resolve("lawful.json")));
        assertEquals("new sarif", Files.readString(dir.resolve("lawful.sarif")));
    }

    @Test
    void theTemporaryFilesOfAKilledRunAreRemovedByTheNext() throws IOException {
        Files.writeString(dir.resolve(".lawful.json.0b6a1b5e-8a55-4c7e-9a3e-3f0f2d8d1c2a.tmp"), "half a report");
        Files.writeString(dir.resolve(".notes.tmp"), "not ours");

        List<Path> written = Reports.write(null, dir, List.of(writer("lawful.json", "{}", null)));

        assertEquals(List.of(dir.resolve("lawful.json")), written);
        assertEquals(List.of(".notes.tmp", "lawful.json"), files());
    }

    @Test
    void nothingIsMovedIntoPlaceBeforeEveryReportIsWritten() throws IOException {
        Files.writeString(dir.resolve("lawful.json"), "previous json");
        ReportWriter checksJsonIsStillOld = new FakeWriter("lawful.sarif", null) {
            @Override
            public void write(Result result, Writer out) throws IOException {
                out.write(Files.readString(dir.resolve("lawful.json")));
            }
        };

        Reports.write(null, dir, List.of(writer("lawful.json", "new json", null), checksJsonIsStillOld));

        assertEquals("previous json", Files.readString(dir.resolve("lawful.sarif")));
        assertEquals("new json", Files.readString(dir.resolve("lawful.json")));
    }

    @Test
    void aReportWithThePreviousRunsBytesIsLeftUntouchedAndAChangedOneReplaced() throws IOException {
        Path json = Files.writeString(dir.resolve("lawful.json"), "same json");
        Path sarif = Files.writeString(dir.resolve("lawful.sarif"), "old sarif");
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(json, longAgo);
        Files.setLastModifiedTime(sarif, longAgo);

        List<Path> written = Reports.write(null, dir, List.of(writer("lawful.json", "same json", null),
                writer("lawful.sarif", "new sarif", null)));

        assertEquals(List.of(json, sarif), written);
        assertEquals(longAgo, Files.getLastModifiedTime(json));
        assertNotEquals(longAgo, Files.getLastModifiedTime(sarif));
        assertEquals("new sarif", Files.readString(sarif));
        assertEquals(List.of("lawful.json", "lawful.sarif"), files());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static ReportWriter writer(String fileName, String text, Error failure) {
        return new FakeWriter(fileName, failure) {
            @Override
            public void write(Result result, Writer out) throws IOException {
                out.write(text.substring(0, text.length() / 2));
                if (failure != null) {
                    throw failure;
                }
                out.write(text.substring(text.length() / 2));
            }
        };
    }

    private abstract static class FakeWriter implements ReportWriter {
        private final String fileName;

        FakeWriter(String fileName, Error failure) {
            this.fileName = fileName;
        }

        @Override
        public String format() {
            return fileName.substring(fileName.indexOf('.') + 1);
        }

        @Override
        public String fileName() {
            return fileName;
        }
    }
}
