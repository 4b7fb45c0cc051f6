import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.recipient.RecipientDetector;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.scan.bytecode.BytecodeScan;
import dev.lawful.scan.bytecode.BytecodeScanner;
import dev.lawful.scan.bytecode.Dependency;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * Times the scan of a Spring Boot jar against the scan of the same classes folder and jars
 * given separately. Not a test: run by bench/fatjar-bench.sh.
 *
 * <p>Arguments: classesDir classpathFile fatJar runs. Builds {@code fatJar} in the layout
 * spring-boot-maven-plugin writes (classes under BOOT-INF/classes, jars stored under
 * BOOT-INF/lib, Spring-Boot-* manifest entries), then alternates the two scans.
 */
public final class FatJarBench {

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]).toAbsolutePath();
        List<Path> jars = new ArrayList<>();
        for (String entry : Files.readString(Path.of(args[1])).strip().split(File.pathSeparator)) {
            jars.add(Path.of(entry).toAbsolutePath());
        }
        Path fatJar = Path.of(args[2]).toAbsolutePath();
        int runs = Integer.parseInt(args[3]);
        build(fatJar, classes, jars);
        System.out.printf("fat jar: %s, %d MB, %d nested jars%n", fatJar.getFileName(), Files.size(fatJar) >> 20, jars.size());

        Path base = fatJar.getParent();
        int threads = Runtime.getRuntime().availableProcessors();
        Policy policy = new PolicyLoader(FatJarBench.class.getClassLoader()).load(List.of("builtin:gdpr"));
        List<Dependency> separate = jars.stream().map(jar -> new Dependency(jar, null)).toList();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            BytecodeScan fat = new BytecodeScanner(threads).scan(base, List.of(fatJar), List.of(), List.of());
            long fatMillis = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            BytecodeScan split = new BytecodeScanner(threads).scan(base, List.of(classes), separate, List.of());
            long splitMillis = (System.nanoTime() - start) / 1_000_000;
            List<RecipientUse> fatUses = new RecipientDetector(policy).detect(List.of(), fat);
            List<RecipientUse> splitUses = new RecipientDetector(policy).detect(List.of(), split);
            System.out.printf("run %d: fat jar %d ms (%d types, %d entries, %d uses, %d problems);"
                            + " separate %d ms (%d types, %d entries, %d uses, %d problems)%n",
                    run + 1, fatMillis, fat.types().size(), fat.entries().size(), fatUses.size(), fat.problems().size(),
                    splitMillis, split.types().size(), split.entries().size(), splitUses.size(), split.problems().size());
        }
    }

    private static void build(Path fatJar, Path classes, List<Path> jars) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Main-Class", "org.springframework.boot.loader.launch.JarLauncher");
        main.putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        main.putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        try (OutputStream out = Files.newOutputStream(fatJar); JarOutputStream jar = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry("BOOT-INF/classes/" + classes.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
            for (Path lib : jars) {
                byte[] content = Files.readAllBytes(lib);
                JarEntry entry = new JarEntry("BOOT-INF/lib/" + lib.getFileName());
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                entry.setCrc(crc.getValue());
                jar.putNextEntry(entry);
                jar.write(content);
                jar.closeEntry();
            }
        }
    }
}
