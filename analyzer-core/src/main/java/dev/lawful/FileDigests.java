package dev.lawful;

import dev.lawful.work.ParallelWork;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The SHA-256 of many files' bytes, read on several threads: on an unchanged run opening and
 * reading thousands of small files is most of the cost of the result cache's key, and it is
 * system-call time that a second core halves.
 */
final class FileDigests {

    /** Below this many files per thread, starting threads costs more than they save. */
    private static final int FILES_PER_THREAD = 64;

    private FileDigests() {
    }

    /**
     * The digest of each file, in the order given; null for a file that does not exist.
     *
     * @param threads how many threads read; 0 means one per available processor
     * @throws IOException when a file exists but cannot be read
     */
    static byte[][] of(List<Path> files, int threads) throws IOException {
        byte[][] digests = new byte[files.size()][];
        int workers = Math.max(1, Math.min(ParallelWork.threads(threads), files.size() / FILES_PER_THREAD));
        ThreadLocal<MessageDigest> digest = ThreadLocal.withInitial(FileDigests::sha256);
        ThreadLocal<byte[]> buffer = ThreadLocal.withInitial(() -> new byte[1 << 16]);
        ParallelWork.runReading(files.size(), workers, "lawful-cache-key", "hashing the inputs",
                i -> digests[i] = digest(files.get(i), digest.get(), buffer.get()));
        return digests;
    }

    private static byte[] digest(Path file, MessageDigest digest, byte[] buffer) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (NoSuchFileException e) {
            digest.reset();
            return null;
        }
        return digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
