package dev.lawful;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
        int wanted = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        int workers = Math.max(1, Math.min(wanted, files.size() / FILES_PER_THREAD));
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> digestAll(files, digests, next);
        if (workers == 1) {
            run(worker);
            return digests;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, runnable -> {
            Thread thread = new Thread(runnable, "lawful-cache-key");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> helpers = new ArrayList<>();
            for (int i = 1; i < workers; i++) {
                helpers.add(pool.submit(worker));
            }
            run(worker);
            for (Future<?> helper : helpers) {
                helper.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing the inputs", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause()
                    : new IOException("cannot hash the inputs: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return digests;
    }

    private static void run(Runnable worker) throws IOException {
        try {
            worker.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Takes files by index until none are left, with one digest and one buffer for all of them. */
    private static void digestAll(List<Path> files, byte[][] digests, AtomicInteger next) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
            try {
                digests[i] = digest(files.get(i), digest, buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
