package dev.lawful.scan.bytecode;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a classpath entry, and a class file in it, is shown in reports. Inside the base
 * directory: the relative path with '/'. Outside it, a jar is shown by its file name (a
 * local repository path means nothing to the reader and differs between machines) and a
 * folder by its absolute path. A class file in a jar is {@code jar!/entry}.
 *
 * @param path the entry as given, absolute and normalised
 * @param display the entry as reports show it
 * @param jar whether the entry is a file (a jar) rather than a folder
 */
record EntryLocation(Path path, String display, boolean jar) {

    static EntryLocation of(Path baseDir, Path entry) {
        Path absolute = entry.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        boolean jar = !Files.isDirectory(absolute);
        String display;
        if (absolute.startsWith(base)) {
            display = slashes(base.relativize(absolute));
        } else if (jar) {
            display = absolute.getFileName().toString();
        } else {
            display = slashes(absolute);
        }
        return new EntryLocation(absolute, display, jar);
    }

    /** A part of an archive unpacked to {@code path}, shown as where it lies in the archive. */
    static EntryLocation nested(Path path, String display, boolean jar) {
        return new EntryLocation(path.toAbsolutePath().normalize(), display, jar);
    }

    /** The location of a file inside this entry, given its path relative to the entry. */
    String fileInside(String relativePath) {
        if (jar) {
            return display + "!/" + relativePath;
        }
        return display.isEmpty() ? relativePath : display + "/" + relativePath;
    }

    private static String slashes(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
