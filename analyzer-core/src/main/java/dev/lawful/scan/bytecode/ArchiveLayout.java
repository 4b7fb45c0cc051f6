package dev.lawful.scan.bytecode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Where an executable archive keeps the user's classes and the jars of its dependencies:
 * a Spring Boot jar ({@code BOOT-INF/classes/}, {@code BOOT-INF/lib/}, or the folders its
 * manifest names in {@code Spring-Boot-Classes} and {@code Spring-Boot-Lib}) or a WAR
 * ({@code WEB-INF/classes/}, {@code WEB-INF/lib/}, and Spring Boot's {@code WEB-INF/lib-provided/}).
 *
 * @param classes the folder of the user's classes, ending in '/'
 * @param libraries the folders of dependency jars, each ending in '/'
 */
record ArchiveLayout(String classes, List<String> libraries) {

    private static final ArchiveLayout BOOT = new ArchiveLayout("BOOT-INF/classes/", List.of("BOOT-INF/lib/"));
    private static final String WEB_CLASSES = "WEB-INF/classes/";
    private static final String WEB_LIB = "WEB-INF/lib/";
    private static final String WEB_LIB_PROVIDED = "WEB-INF/lib-provided/";
    private static final ArchiveLayout WAR = new ArchiveLayout(WEB_CLASSES, List.of(WEB_LIB, WEB_LIB_PROVIDED));

    ArchiveLayout {
        libraries = List.copyOf(libraries);
    }

    /** The layout of this jar, or empty for a plain jar of classes. */
    static Optional<ArchiveLayout> of(JarFile jar) throws IOException {
        Optional<ArchiveLayout> declared = declared(jar.getManifest());
        if (declared.isPresent()) {
            return declared;
        }
        if (jar.getEntry(BOOT.classes()) != null || holdsEntryUnder(jar, "BOOT-INF/")) {
            return Optional.of(BOOT);
        }
        if (holdsEntryUnder(jar, WEB_CLASSES) || holdsEntryUnder(jar, WEB_LIB)) {
            return Optional.of(WAR);
        }
        return Optional.empty();
    }

    /** Whether an entry name is a jar directly inside one of the library folders. */
    boolean isLibrary(String entryName) {
        return entryName.endsWith(".jar") && libraries.stream().anyMatch(folder -> entryName.startsWith(folder)
                && entryName.indexOf('/', folder.length()) < 0);
    }

    boolean isClassesEntry(String entryName) {
        return entryName.startsWith(classes) && entryName.length() > classes.length();
    }

    private static Optional<ArchiveLayout> declared(Manifest manifest) {
        if (manifest == null) {
            return Optional.empty();
        }
        Attributes attributes = manifest.getMainAttributes();
        String classes = attributes.getValue("Spring-Boot-Classes");
        String lib = attributes.getValue("Spring-Boot-Lib");
        if (classes == null && lib == null) {
            return Optional.empty();
        }
        String classesFolder = classes == null ? BOOT.classes() : folder(classes);
        List<String> libraries = new ArrayList<>();
        libraries.add(lib == null ? BOOT.libraries().get(0) : folder(lib));
        if (classesFolder.equals(WEB_CLASSES)) {
            libraries.add(WEB_LIB_PROVIDED);
        }
        return Optional.of(new ArchiveLayout(classesFolder, libraries));
    }

    private static boolean holdsEntryUnder(JarFile jar, String folder) {
        return jar.stream().anyMatch(entry -> entry.getName().startsWith(folder));
    }

    private static String folder(String value) {
        String name = value.strip();
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return name.endsWith("/") ? name : name + "/";
    }
}
