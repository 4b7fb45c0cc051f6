package dev.lawful.scan.bytecode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles the Java fixtures under {@code src/test/resources/fixtures/bytecode} into a
 * temporary folder and packs them into jars, so that tests see classes that exist only as
 * bytecode.
 */
public final class CompiledFixtures {

    private CompiledFixtures() {
    }

    /** Compiles fixture folder {@code name} into {@code output}, against {@code classpath}. */
    public static Path compile(String name, Path output, Path... classpath) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "--release", "17", "-nowarn"));
        if (classpath.length > 0) {
            arguments.add("-classpath");
            arguments.add(String.join(java.io.File.pathSeparator, Stream.of(classpath).map(Path::toString).toList()));
        }
        try (Stream<Path> files = Files.walk(fixture(name))) {
            files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        Files.createDirectories(output);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
        assertTrue(status == 0, () -> "fixture " + name + " does not compile: " + errors.toString(StandardCharsets.UTF_8));
        return output;
    }

    /**
     * Packs a folder of classes into a jar; with {@code coordinates} ({@code g:a}) the jar
     * carries the {@code pom.properties} Maven writes.
     */
    public static Path jar(Path classes, Path jarFile, String coordinates) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream out = Files.newOutputStream(jarFile);
                JarOutputStream jar = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
            if (coordinates != null) {
                String[] parts = coordinates.split(":");
                jar.putNextEntry(new JarEntry("META-INF/maven/" + parts[0] + "/" + parts[1] + "/pom.properties"));
                jar.write(("groupId=" + parts[0] + "\nartifactId=" + parts[1] + "\nversion=1.0\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                jar.closeEntry();
            }
        }
        return jarFile;
    }

    /** A jar holding one entry with the given bytes. */
    public static Path jarWithEntry(Path jarFile, String entry, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry(entry));
            jar.write(content);
            jar.closeEntry();
        }
        return jarFile;
    }

    /**
     * An archive laid out as its manifest and entry names say, as the Spring Boot and WAR
     * packagers write it: nested jars are stored uncompressed.
     *
     * @param manifestAttributes main attributes besides {@code Manifest-Version}
     * @param entries entry name to content, written in this order
     */
    public static Path archive(Path file, Map<String, String> manifestAttributes, Map<String, byte[]> entries)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifestAttributes.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(entry.getKey().endsWith(".jar") ? stored(entry.getKey(), entry.getValue())
                        : new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return file;
    }

    /** The class files of a folder as archive entries under {@code prefix}, sorted by name. */
    public static Map<String, byte[]> entriesUnder(String prefix, Path classes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(prefix + classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return entries;
    }

    private static JarEntry stored(String name, byte[] content) {
        JarEntry entry = new JarEntry(name);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        return entry;
    }

    public static Path fixture(String name) {
        try {
            return Path.of(CompiledFixtures.class.getResource("/fixtures/bytecode/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
