import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.recipient.RecipientDetector;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.bytecode.BytecodeScan;
import dev.lawful.scan.bytecode.BytecodeScanner;
import dev.lawful.scan.bytecode.Dependency;
import dev.lawful.scan.source.SourceScanner;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times the bytecode scan and recipient detection over a real application's runtime
 * classpath. Not a test: run by bench/bytecode-bench.sh.
 *
 * <p>Arguments: baseDir classesDir classpathFile localRepository sourceRoot runs [dependencyPackage...].
 * Each jar gets the coordinates its path in the local repository shows, as the Maven plugin
 * passes them.
 */
public final class BytecodeBench {

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path repository = Path.of(args[3]).toAbsolutePath().normalize();
        List<Dependency> dependencies = new ArrayList<>();
        for (String entry : Files.readString(Path.of(args[2])).strip().split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath().normalize();
            dependencies.add(new Dependency(jar, coordinates(repository, jar)));
        }
        Path sourceRoot = Path.of(args[4]);
        int runs = Integer.parseInt(args[5]);
        List<String> packages = Arrays.asList(args).subList(6, args.length);
        int threads = Runtime.getRuntime().availableProcessors();

        Policy policy = new PolicyLoader(BytecodeBench.class.getClassLoader()).load(List.of("builtin:gdpr"));
        List<SourceFileScan> sources = new SourceScanner(threads).scan(base, List.of(sourceRoot)).files();
        System.out.printf("entries: 1 classes folder + %d dependency jars; %d services in builtin:gdpr; %d source files%n",
                dependencies.size(), policy.services().size(), sources.size());

        BytecodeScan scan = null;
        List<RecipientUse> uses = null;
        long[] scanMillis = new long[runs];
        long[] scanCpuMillis = new long[runs];
        long[] detectMicros = new long[runs];
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            scan = new BytecodeScanner(threads).scan(base, List.of(classes), dependencies, packages);
            long scanned = System.nanoTime();
            scanCpuMillis[run] = (processCpuNanos() - cpuStart) / 1_000_000;
            uses = new RecipientDetector(policy).detect(sources, scan);
            long detected = System.nanoTime();
            scanMillis[run] = (scanned - start) / 1_000_000;
            detectMicros[run] = (detected - scanned) / 1_000;
        }
        long peakHeapMb = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() / (1024 * 1024);
        System.gc();
        Thread.sleep(200);
        Runtime runtime = Runtime.getRuntime();
        long retainedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);

        int packageCount = scan.entries().stream().mapToInt(e -> e.packages().size()).sum();
        int fields = scan.types().stream().mapToInt(t -> t.fields().size()).sum();
        System.out.printf("bytecode scan: %s ms per run (first is cold), median of warm runs %d ms%n",
                Arrays.toString(scanMillis), median(scanMillis));
        System.out.printf("bytecode scan CPU time (all threads): %s ms per run, median of warm runs %d ms%n",
                Arrays.toString(scanCpuMillis), median(scanCpuMillis));
        System.out.printf("peak heap during the runs (sum of pool peaks, an upper bound): %d MB of -Xmx %d MB%n",
                peakHeapMb, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("recipient detection: %s us per run, median of warm runs %d us%n",
                Arrays.toString(detectMicros), median(detectMicros));
        System.out.printf("found: %d class files parsed, %d types, %d fields, %d packages listed, %d problems, %d recipient uses%n",
                scan.classFilesParsed(), scan.types().size(), fields, packageCount, scan.problems().size(), uses.size());
        System.out.printf("heap in use after the runs, after GC (the last result kept): %d MB%n", retainedMb);
        Map<String, Integer> usesByService = new TreeMap<>();
        uses.forEach(use -> usesByService.merge(use.serviceId() + " " + use.how(), 1, Integer::sum));
        System.out.println("uses by service and kind: " + usesByService);
        scan.problems().forEach(problem -> System.out.println("problem: " + problem));
        passes(base, classes, dependencies, packages, threads);

        if (System.getProperty("naive") != null) {
            naive(classes, dependencies, threads);
        }
    }

    /** Each pass alone, warm: the user's classes; dependencies as names; dependencies with model packages. */
    private static void passes(Path base, Path classes, List<Dependency> dependencies, List<String> packages, int threads) {
        BytecodeScanner scanner = new BytecodeScanner(threads);
        long classesOnly = fastest(() -> scanner.scan(base, List.of(classes), List.of(), List.of()));
        long namesOnly = fastest(() -> scanner.scan(base, List.of(), dependencies, List.of()));
        System.out.printf("warm, fastest of 3: classes pass %d ms; dependency names pass %d ms", classesOnly, namesOnly);
        if (!packages.isEmpty()) {
            long withModel = fastest(() -> scanner.scan(base, List.of(), dependencies, packages));
            System.out.printf("; dependency names + model packages %s passes %d ms", packages, withModel);
        }
        System.out.println();
    }

    private static long fastest(Runnable scan) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            scan.run();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    /** {@code org/foo/bar/1.0/bar-1.0.jar} under the repository gives {@code org.foo:bar}. */
    private static String coordinates(Path repository, Path jar) {
        if (!jar.startsWith(repository)) {
            return null;
        }
        Path relative = repository.relativize(jar);
        int n = relative.getNameCount();
        if (n < 4) {
            return null;
        }
        List<String> group = new ArrayList<>();
        for (int i = 0; i < n - 3; i++) {
            group.add(relative.getName(i).toString());
        }
        return String.join(".", group) + ":" + relative.getName(n - 3);
    }

    /** For comparison: one unrestricted ClassGraph scan with class, field and annotation info on everything. */
    private static void naive(Path classes, List<Dependency> dependencies, int threads) {
        List<String> entries = new ArrayList<>();
        entries.add(classes.toString());
        dependencies.forEach(d -> entries.add(d.file().toString()));
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            try (ScanResult result = new ClassGraph().overrideClasspath(entries).disableModuleScanning()
                    .enableClassInfo().ignoreClassVisibility().enableFieldInfo().ignoreFieldVisibility()
                    .enableAnnotationInfo().scan(threads)) {
                int count = result.getAllClasses().size();
                System.out.printf("naive full scan (all classes with field and annotation info): %d classes in %d ms%n",
                        count, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long median(long[] values) {
        long[] warm = values.length > 1 ? Arrays.copyOfRange(values, 1, values.length) : values.clone();
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
