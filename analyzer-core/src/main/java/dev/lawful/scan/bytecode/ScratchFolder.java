package dev.lawful.scan.bytecode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary folder for unpacked archives, made on first use and deleted, with all it holds,
 * when closed.
 */
final class ScratchFolder implements AutoCloseable {

    private Path root;
    private int folders;

    /** A new, empty folder inside the scratch folder. */
    Path newFolder() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("lawful-archives").toRealPath();
        }
        folders++;
        return Files.createDirectory(root.resolve(Integer.toString(folders)));
    }

    /** Deletes what it can; a file that cannot be deleted now (held open elsewhere) goes when the JVM exits. */
    @Override
    public void close() {
        if (root == null) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            root.toFile().deleteOnExit();
            return;
        }
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
