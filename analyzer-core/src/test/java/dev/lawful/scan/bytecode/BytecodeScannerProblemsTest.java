package dev.lawful.scan.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.TypeInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries that are missing, not jars, or hold corrupt class files: reported, and the scan goes on. */
class BytecodeScannerProblemsTest {

    @TempDir
    Path project;

    @Test
    void corruptOrMissingEntriesAreParseProblemsAndTheRestIsScanned() throws IOException {
        Path classes = CompiledFixtures.compile("generated", project.resolve("target/classes"));
        Path dto = classes.resolve("com/acme/api/CustomerDto.class");
        Files.write(classes.resolve("com/acme/api/Broken.class"), firstThird(Files.readAllBytes(dto)));
        Path notAJar = Files.writeString(Files.createDirectories(project.resolve("lib")).resolve("notes.jar"), "not a zip");
        Path brokenModel = CompiledFixtures.jarWithEntry(project.resolve("lib/acme-broken.jar"),
                "com/acme/model/Broken.class", firstThird(Files.readAllBytes(dto)));
        Path model = CompiledFixtures.jar(CompiledFixtures.compile("model", project.resolve("model-classes")),
                project.resolve("lib/acme-model.jar"), null);

        BytecodeScan scan = new BytecodeScanner(1).scan(project,
                List.of(classes, project.resolve("target/missing-classes")),
                List.of(new Dependency(notAJar, "org.example:notes"),
                        new Dependency(brokenModel, null),
                        new Dependency(project.resolve("lib/missing.jar"), "org.example:missing"),
                        new Dependency(model, null)),
                List.of("com.acme.model"));

        assertEquals(List.of(
                        "lib/acme-broken.jar!/com/acme/model/Broken.class: not a readable class file",
                        "lib/missing.jar: classpath entry does not exist",
                        "lib/notes.jar: not a jar or zip file",
                        "target/classes/com/acme/api/Broken.class: not a readable class file",
                        "target/missing-classes: classpath entry does not exist"),
                scan.problems().stream().map(BytecodeScannerProblemsTest::summary).toList());
        assertTrue(scan.types().stream().anyMatch(t -> t.qualifiedName().equals("com.acme.api.CustomerDto")));
        assertTrue(scan.types().stream().anyMatch(t -> t.qualifiedName().equals("com.acme.model.Customer")));
        assertEquals(List.of("org.example:notes"), entry(scan, "lib/notes.jar").coordinates(),
                "coordinates the build gave still count");
        assertEquals(List.of("org.example:missing"), entry(scan, "lib/missing.jar").coordinates());
    }

    @Test
    void jarsNamedInAManifestClassPathAreNotScanned() throws IOException {
        Path sdkClasses = CompiledFixtures.compile("sdk-stripe", project.resolve("stripe-classes"));
        CompiledFixtures.jar(sdkClasses, project.resolve("stripe-java.jar"), null);
        Path app = project.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "stripe-java.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(app), manifest)) {
            jar.putNextEntry(new JarEntry("com/acme/api/CustomerDto.class"));
            CompiledFixtures.compile("generated", project.resolve("dto-classes"));
            jar.write(Files.readAllBytes(project.resolve("dto-classes/com/acme/api/CustomerDto.class")));
            jar.closeEntry();
        }

        BytecodeScan scan = new BytecodeScanner(1).scan(project, List.of(app), List.of(), List.of());

        assertEquals(List.of("com.acme.api.CustomerDto"), scan.types().stream().map(TypeInfo::qualifiedName).toList());
        assertEquals(List.of("app.jar"), scan.entries().stream().map(ClasspathEntry::file).toList());
        assertEquals(List.of(), scan.problems());
    }

    @Test
    void nothingToScanGivesAnEmptyResult() {
        BytecodeScan scan = new BytecodeScanner(0).scan(project, List.of(), List.of(), List.of("com.acme"));

        assertEquals(BytecodeScan.EMPTY, scan);
    }

    private static ClasspathEntry entry(BytecodeScan scan, String file) {
        return scan.entries().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow();
    }

    /** The file and the start of the message, up to the detail that depends on the JDK. */
    private static String summary(ParseProblem problem) {
        String message = problem.message();
        int detail = message.indexOf(" (");
        int colon = message.indexOf(':');
        int cut = detail < 0 ? colon : colon < 0 ? detail : Math.min(detail, colon);
        return problem.file() + ": " + (cut < 0 ? message : message.substring(0, cut));
    }

    private static byte[] firstThird(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 3);
    }
}
