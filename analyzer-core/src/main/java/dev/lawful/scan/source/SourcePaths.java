package dev.lawful.scan.source;

import java.nio.file.Path;

/** How scanned files are named in results: relative to the base folder, with '/'. */
final class SourcePaths {

    private SourcePaths() {
    }

    static String relative(Path baseDir, Path file) {
        Path absoluteBase = baseDir.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        Path shown = absoluteFile.startsWith(absoluteBase) ? absoluteBase.relativize(absoluteFile) : absoluteFile;
        return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    }
}
