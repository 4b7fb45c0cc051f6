package dev.lawful;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The digests of the last run's input files with the size, modification time and file key
 * (the inode, where the system has one) each was read at, as Git's index and Gradle's file
 * snapshots keep them: a file whose attributes are unchanged is not read again to be hashed.
 * A file modified less than {@link #RACY_MILLIS} before it was hashed may have changed again
 * within the same tick of a coarse clock, so its digest is not trusted and it is hashed again.
 */
final class DigestTable {

    /** Filesystems that keep modification times to the second or two (FAT) need this margin. */
    static final long RACY_MILLIS = 2_000;

    private static final String MAGIC = "lawful digest table 1";

    private record Entry(long size, long modified, String fileKey, long hashedAt, byte[] digest) {

        boolean matches(BasicFileAttributes attributes) {
            return size == attributes.size() && modified == attributes.lastModifiedTime().toMillis()
                    && fileKey.equals(DigestTable.fileKey(attributes)) && modified + RACY_MILLIS <= hashedAt;
        }
    }

    private final Map<String, Entry> entries;

    private DigestTable(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** No digest known: every file is hashed. */
    static DigestTable empty() {
        return new DigestTable(Map.of());
    }

    /** The table saved in {@code file}; an empty one when it is missing, unreadable or of another version. */
    static DigestTable load(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) {
                return empty();
            }
            int count = in.readInt();
            Map<String, Entry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                long size = in.readLong();
                long modified = in.readLong();
                String fileKey = in.readUTF();
                long hashedAt = in.readLong();
                byte[] digest = new byte[in.readUnsignedByte()];
                in.readFully(digest);
                entries.put(path, new Entry(size, modified, fileKey, hashedAt, digest));
            }
            return new DigestTable(entries);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /**
     * The digest of each file, in the order given (null for a missing file), with the table of
     * this run: files whose attributes match their entry keep its digest, the others are read.
     */
    Digests digests(List<Path> files, int threads) throws IOException {
        return digests(files, Map.of(), threads);
    }

    /**
     * As {@link #digests(List, int)}, with the attributes a listing has just read of some of
     * the files ({@code listed}): those are not read again.
     */
    Digests digests(List<Path> files, Map<Path, BasicFileAttributes> listed, int threads) throws IOException {
        byte[][] digests = new byte[files.size()][];
        BasicFileAttributes[] attributes = new BasicFileAttributes[files.size()];
        List<Integer> unknown = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (int i = 0; i < files.size(); i++) {
            BasicFileAttributes known = listed.get(files.get(i));
            attributes[i] = known != null ? known : attributes(files.get(i));
            Entry entry = entries.get(files.get(i).toString());
            if (attributes[i] != null && entry != null && entry.matches(attributes[i])) {
                digests[i] = entry.digest();
            } else {
                unknown.add(i);
            }
        }
        byte[][] read = FileDigests.of(unknown.stream().map(files::get).toList(), threads);
        for (int j = 0; j < read.length; j++) {
            digests[unknown.get(j)] = read[j];
        }
        Map<String, Entry> next = new HashMap<>(files.size() * 2);
        for (int i = 0; i < files.size(); i++) {
            if (digests[i] != null && attributes[i] != null) {
                Entry old = entries.get(files.get(i).toString());
                long hashedAt = old != null && old.matches(attributes[i]) ? old.hashedAt() : now;
                next.put(files.get(i).toString(), new Entry(attributes[i].size(), attributes[i].lastModifiedTime().toMillis(),
                        fileKey(attributes[i]), hashedAt, digests[i]));
            }
        }
        return new Digests(digests, new DigestTable(next), !unknown.isEmpty() || next.size() != entries.size());
    }

    /**
     * The digests of one run and the table to keep for the next.
     *
     * @param changed whether the table differs from the one it was computed from (then it is worth saving)
     */
    record Digests(byte[][] values, DigestTable table, boolean changed) {
    }

    /** Keeps the table in {@code file}, atomically; a table that cannot be written is left as it was. */
    void save(Path file) {
        try {
            CacheFile.write(file, out -> {
                out.writeUTF(MAGIC);
                out.writeInt(entries.size());
                for (Map.Entry<String, Entry> item : entries.entrySet()) {
                    Entry entry = item.getValue();
                    out.writeUTF(item.getKey());
                    out.writeLong(entry.size());
                    out.writeLong(entry.modified());
                    out.writeUTF(entry.fileKey());
                    out.writeLong(entry.hashedAt());
                    out.writeByte(entry.digest().length);
                    out.write(entry.digest());
                }
            });
        } catch (IOException e) {
            // The table only saves time: without it the next run hashes every file.
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String fileKey(BasicFileAttributes attributes) {
        return Objects.toString(attributes.fileKey(), "");
    }
}
