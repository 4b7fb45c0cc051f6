package dev.lawful;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose size, modification time and file key are those it was hashed at is not read again; any other is. */
class DigestTableTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithTheAttributesItWasHashedAtKeepsItsDigestWithoutBeingRead() throws Exception {
        Path file = oldFile("A.java", "class A {}");
        DigestTable table = saved(file);
        byte[] first = FileDigests.of(List.of(file), 1)[0];

        // the same size and modification time: the table is trusted (the bytes are not read again)
        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, "class B {}");
        Files.setLastModifiedTime(file, modified);
        assertArrayEquals(first, table.digests(List.of(file), 1).values()[0]);
    }

    @Test
    void theAttributesAListingReadAreUsedInsteadOfReadingThemAgain() throws Exception {
        Path file = oldFile("A.java", "class A {}");
        DigestTable table = saved(file);
        byte[] first = table.digests(List.of(file), 1).values()[0];
        BasicFileAttributes listed = Files.readAttributes(file, BasicFileAttributes.class);

        Files.writeString(file, "class A { int x; }");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertArrayEquals(first, table.digests(List.of(file), Map.of(file, listed), 1).values()[0],
                "the listing's attributes match the entry, so the file is not looked at again");
        assertFalse(Arrays.equals(first, table.digests(List.of(file), Map.of(), 1).values()[0]),
                "without them the file's own attributes are read, and they changed");
    }

    @Test
    void aChangedSizeOrModificationTimeIsReadAgain() throws Exception {
        Path file = oldFile("A.java", "class A {}");
        DigestTable table = saved(file);
        byte[] first = table.digests(List.of(file), 1).values()[0];

        Files.writeString(file, "class A { int x; }");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertFalse(Arrays.equals(first, table.digests(List.of(file), 1).values()[0]), "a new size is read");

        DigestTable again = saved(file);
        byte[] second = again.digests(List.of(file), 1).values()[0];
        Files.writeString(file, "class A { int y; }");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        assertFalse(Arrays.equals(second, again.digests(List.of(file), 1).values()[0]), "a new time is read");
    }

    @Test
    void aFileHashedJustAfterItWasWrittenIsReadAgainNextTime() throws Exception {
        Path file = dir.resolve("A.java");
        Files.writeString(file, "class A {}");
        DigestTable table = saved(file);

        // rewritten within the same tick of a coarse clock: same size, same time
        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, "class B {}");
        Files.setLastModifiedTime(file, modified);
        assertArrayEquals(FileDigests.of(List.of(file), 1)[0], table.digests(List.of(file), 1).values()[0]);
    }

    @Test
    void aMissingFileHasNoDigestAndAnUnreadableTableIsEmpty() throws Exception {
        Path file = oldFile("A.java", "class A {}");
        Path gone = dir.resolve("Gone.java");
        DigestTable.Digests digests = DigestTable.empty().digests(List.of(file, gone), 1);
        assertNull(digests.values()[1]);
        assertTrue(digests.changed());

        Path broken = dir.resolve("digests.bin");
        Files.writeString(broken, "not a table");
        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, "class B {}");
        Files.setLastModifiedTime(file, modified);
        assertArrayEquals(FileDigests.of(List.of(file), 1)[0], DigestTable.load(broken).digests(List.of(file), 1).values()[0]);
    }

    @Test
    void aTableOfUnchangedFilesNeedsNoSaving() throws Exception {
        Path file = oldFile("A.java", "class A {}");
        assertFalse(saved(file).digests(List.of(file), 1).changed());
    }

    /** A file last modified a minute ago: hashed now, its digest is trusted next time. */
    private Path oldFile(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        return file;
    }

    /** The table of a run over {@code files}, saved and loaded again. */
    private DigestTable saved(Path... files) throws Exception {
        Path table = dir.resolve("digests.bin");
        DigestTable.empty().digests(List.of(files), 1).table().save(table);
        return DigestTable.load(table);
    }
}
