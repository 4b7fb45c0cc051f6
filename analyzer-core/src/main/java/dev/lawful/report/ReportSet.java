package dev.lawful.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes one run's reports so that they replace the previous run's together: every report is
 * written to a temporary file first, and only then are all moved over the old ones. A report
 * that cannot be written (a full disk, an exhausted heap) takes the previous run's file of
 * that name with it, so that the folder never mixes two runs; the others are still written.
 * Temporary files that a killed run left behind are removed first. A report whose bytes are
 * those of the previous run's file is not moved: the old file stays as it was, with its time,
 * so that a build that watches the folder sees no change where there is none.
 */
final class ReportSet {

    /** {@link AtomicFile}'s temporary names: {@code .lawful.json.<uuid>.tmp}. */
    private static final Pattern LEFTOVER = Pattern.compile("\\.lawful\\.[a-z]+\\.[0-9a-f-]{36}\\.tmp");

    private final Path dir;
    private final Map<Path, Path> pending = new LinkedHashMap<>();

    ReportSet(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        removeLeftovers();
    }

    /**
     * Writes one report to its temporary file. When that fails the previous report of that name
     * is deleted and the failure is thrown; the reports added before stay pending.
     */
    void add(Path target, AtomicFile.Content content) throws IOException {
        try {
            pending.put(target, AtomicFile.writeTemporary(target, content));
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /**
     * Moves every written report into place, except where the previous file holds the same
     * bytes; returns them all (each is this run's report) in the order they were added.
     */
    List<Path> commit() throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> report : pending.entrySet()) {
            if (sameBytes(report.getValue(), report.getKey())) {
                Files.delete(report.getValue());
            } else {
                AtomicFile.replace(report.getValue(), report.getKey());
            }
            written.add(report.getKey());
        }
        pending.clear();
        return List.copyOf(written);
    }

    private static boolean sameBytes(Path written, Path previous) throws IOException {
        return Files.isRegularFile(previous) && Files.size(previous) == Files.size(written)
                && Files.mismatch(written, previous) == -1;
    }

    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
                file -> LEFTOVER.matcher(file.getFileName().toString()).matches())) {
            for (Path leftover : files) {
                Files.deleteIfExists(leftover);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
