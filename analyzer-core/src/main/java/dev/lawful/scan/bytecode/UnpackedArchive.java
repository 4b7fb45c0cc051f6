package dev.lawful.scan.bytecode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A Spring Boot jar or a WAR given as the user's classes, unpacked into a scratch folder so
 * that its classes folder scans as the user's own classes and its nested jars as dependencies.
 * Locations name the archive, never the scratch folder: {@code app.jar!/BOOT-INF/classes} and
 * {@code app.jar!/BOOT-INF/lib/stripe-java-24.0.0.jar}.
 *
 * @param classes the archive's classes folder
 * @param libraries its nested jars, sorted by entry name
 */
record UnpackedArchive(EntryLocation classes, List<EntryLocation> libraries) {

    UnpackedArchive {
        libraries = List.copyOf(libraries);
    }

    /**
     * Unpacks {@code archive} into {@code folder} when it has the layout of an executable
     * archive.
     *
     * @return empty for a plain jar, or a file that is no jar (the scan reports it as given)
     * @throws IOException when the archive cannot be read in full or the folder cannot be written
     */
    static Optional<UnpackedArchive> unpack(EntryLocation archive, ScratchFolder scratch) throws IOException {
        try (JarFile jar = open(archive.path())) {
            if (jar == null) {
                return Optional.empty();
            }
            Optional<ArchiveLayout> layout = ArchiveLayout.of(jar);
            if (layout.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(unpack(archive, jar, layout.get(), scratch.newFolder()));
        }
    }

    private static UnpackedArchive unpack(EntryLocation archive, JarFile jar, ArchiveLayout layout, Path folder)
            throws IOException {
        List<JarEntry> libraries = new ArrayList<>();
        for (JarEntry entry : jar.stream().sorted(Comparator.comparing(JarEntry::getName)).toList()) {
            if (entry.isDirectory()) {
                continue;
            }
            if (layout.isClassesEntry(entry.getName())) {
                copy(jar, entry, folder);
            } else if (layout.isLibrary(entry.getName())) {
                copy(jar, entry, folder);
                libraries.add(entry);
            }
        }
        String classesFolder = layout.classes().substring(0, layout.classes().length() - 1);
        Path classes = Files.createDirectories(folder.resolve(classesFolder));
        return new UnpackedArchive(
                EntryLocation.nested(classes, archive.fileInside(classesFolder), false),
                libraries.stream()
                        .map(entry -> EntryLocation.nested(folder.resolve(entry.getName()), archive.fileInside(entry.getName()), true))
                        .toList());
    }

    /** Copies an entry to the same path under the folder; a name that would leave the folder is skipped. */
    private static void copy(JarFile jar, JarEntry entry, Path folder) throws IOException {
        Path target = folder.resolve(entry.getName()).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, target);
        }
    }

    private static JarFile open(Path file) {
        try {
            return new JarFile(file.toFile(), false);
        } catch (IOException e) {
            return null;
        }
    }
}
