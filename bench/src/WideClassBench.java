import dev.lawful.bind.DeclarationBinder;
import dev.lawful.classify.Classifier;
import dev.lawful.classify.ClassifierKind;
import dev.lawful.classify.Codebase;
import dev.lawful.inventory.InventoryBuilder;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.scan.TypeInfo;
import dev.lawful.scan.source.SourceScanResult;
import dev.lawful.scan.source.SourceScanner;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Cost of one generated class with many fields (protobuf, jOOQ and JAXB output): writes a
 * class of FIELDS fields (a mix of personal and technical names) into a temporary folder,
 * scans it, then classifies every field with the default classifier (-Dclassifier=weighed for
 * another) against builtin:gdpr, as the analysis does (the inventory builder, on THREADS threads:
 * default one per processor), each round timed separately (wall clock and the thread's CPU time). The first round is what
 * a user's run costs: one scan and one classification in a fresh JVM. Usage: WideClassBench FIELDS ROUNDS [THREADS].
 */
public final class WideClassBench {

    /** CPU time of this thread: steadier than wall time on a machine other builds share. */
    private static final com.sun.management.ThreadMXBean CPU =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU time of the whole process: the classifying threads, and the JIT compiler and the collector beside them. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final List<String> NAMES = List.of(
            "email", "firstName", "phoneNumber", "status", "createdAt", "amount", "ipAddress", "retryCount",
            "birthDate", "label");
    private static final List<String> TYPES = List.of(
            "String", "String", "String", "String", "java.time.Instant", "java.math.BigDecimal", "String", "int",
            "java.time.LocalDate", "String");

    public static void main(String[] args) throws Exception {
        int fields = Integer.parseInt(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("lawful-wide-class");
        try {
            Path file = writeClass(dir, fields);
            Policy gdpr = new PolicyLoader(WideClassBench.class.getClassLoader()).load(List.of("builtin:gdpr"));
            ClassifierKind kind = ClassifierKind.parse(System.getProperty("classifier")).orElse(ClassifierKind.DEFAULT);
            long building = System.nanoTime();
            Classifier classifier = kind.create(gdpr);
            System.out.printf(Locale.ROOT, "%d fields in one class, %d KB source; classifier %s, built in %.0f ms%n",
                    fields, Files.size(file) / 1024, classifier.getClass().getSimpleName(),
                    (System.nanoTime() - building) / 1e6);
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                SourceScanResult scan = new SourceScanner(1).scan(dir, List.of(dir));
                long scanned = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                if (scan.files().isEmpty() || scan.files().get(0).types().isEmpty()) {
                    String why = scan.problems().isEmpty() ? "no type found" : scan.problems().get(0).message();
                    System.err.println("the scan did not read the class (" + why + "): give the JVM more heap, HEAP=1g");
                    System.exit(2);
                }
                TypeInfo type = scan.files().get(0).types().get(0);
                Codebase codebase = new Codebase(List.of(type));
                long processCpuStart = PROCESS.getProcessCpuTime();
                long allocatedStart = CPU.getCurrentThreadAllocatedBytes();
                int personal = new InventoryBuilder(classifier, new DeclarationBinder(gdpr), threads).build(codebase).size();
                long classified = System.nanoTime();
                double cpuMs = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                double processCpuMs = (PROCESS.getProcessCpuTime() - processCpuStart) / 1e6;
                long allocatedMb = (CPU.getCurrentThreadAllocatedBytes() - allocatedStart) / (1024 * 1024);
                System.out.printf(Locale.ROOT, "round %d: scan %.0f ms, classify %.0f ms wall, %.0f ms CPU on the calling"
                                + " thread (which allocated %d MB), %.0f ms CPU in the process (%d fields, %d personal, %d threads),"
                                + " peak heap %d MB%n",
                        round, (scanned - start) / 1e6, (classified - scanned) / 1e6, cpuMs, allocatedMb, processCpuMs,
                        type.fields().size(), personal, threads, peakHeapMb());
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path writeClass(Path dir, int fields) throws Exception {
        Path file = dir.resolve("Wide.java");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("package bench;\n\npublic class Wide {\n");
            for (int i = 0; i < fields; i++) {
                int kind = i % NAMES.size();
                out.write("    private " + TYPES.get(kind) + " " + NAMES.get(kind) + i + ";\n");
            }
            out.write("}\n");
        }
        return file;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
