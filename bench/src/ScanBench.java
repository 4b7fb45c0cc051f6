import com.github.javaparser.JavaParser;
import dev.lawful.classify.Classification;
import dev.lawful.classify.Codebase;
import dev.lawful.classify.TaxonomyClassifier;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.TypeInfo;
import dev.lawful.scan.source.SourceScanResult;
import dev.lawful.scan.source.SourceScanner;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Speed of the source scan against a bare JavaParser parse of the same files with the same
 * threads, and of classification against the scan. Usage: ScanBench DIR THREADS MODE where
 * MODE is parse (bare JavaParser), scan-full (SourceScanner parsing whole files), scan
 * (SourceScanner as shipped: method bodies blanked before parsing), classify (scan, then
 * classify every field with builtin:gdpr) or compare (scan-full and scan must find exactly
 * the same; prints every file where they differ). Run each mode in its own JVM, after a
 * warm-up round.
 */
public final class ScanBench {

    private static final boolean LIST = Boolean.getBoolean("list");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int threads = Integer.parseInt(args[1]);
        String mode = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            String detail = switch (mode) {
                case "parse" -> parse(files, threads);
                case "scan" -> scan(dir, threads).files().size() + " files scanned";
                case "scan-full" -> new SourceScanner(threads, false).scan(dir, List.of(dir)).files().size()
                        + " files scanned without blanking bodies";
                case "compare" -> compare(dir, threads);
                case "classify" -> classify(dir, threads);
                case "flows" -> flows(dir, threads);
                case "analyze" -> analyze(dir, threads);
                default -> throw new IllegalArgumentException("mode: parse, scan-full, scan, flows, classify, analyze or compare");
            };
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "%s round %d: %d files in %.2f s (CPU %.2f s) = %.0f files/s, %s, peak heap %d MB%n",
                    mode, round, files.size(), seconds, cpuSeconds, files.size() / seconds, detail, peakHeapMb());
        }
    }

    private static String parse(List<Path> files, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> workers = Stream.generate(() -> pool.<Object>submit(() -> {
                JavaParser parser = SourceScanner.newParser();
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    try {
                        if (!parser.parse(Files.readString(files.get(i))).isSuccessful()) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            })).limit(threads).toList();
            for (Future<Object> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return failed.get() + " failed";
    }

    private static String compare(Path dir, int threads) {
        SourceScanResult full = new SourceScanner(threads, false).scan(dir, List.of(dir));
        SourceScanResult blanked = new SourceScanner(threads, true).scan(dir, List.of(dir));
        int differ = 0;
        var byPath = new java.util.HashMap<String, SourceFileScan>();
        blanked.files().forEach(f -> byPath.put(f.path(), f));
        for (SourceFileScan file : full.files()) {
            if (!file.equals(byPath.get(file.path()))) {
                differ++;
                System.out.println("DIFFERS " + file.path());
            }
        }
        boolean sameProblems = full.problems().equals(blanked.problems());
        if (!sameProblems) {
            full.problems().stream().filter(p -> !blanked.problems().contains(p))
                    .forEach(p -> System.out.println("ONLY WITHOUT BLANKING " + p));
            blanked.problems().stream().filter(p -> !full.problems().contains(p))
                    .forEach(p -> System.out.println("ONLY WITH BLANKING " + p));
        }
        return full.files().size() + " files compared, " + differ + " differ, problems "
                + (sameProblems ? "identical" : "DIFFER") + " (" + full.problems().size() + ")";
    }

    /** The scan with builtin:gdpr's sinks: the pre-filter keeps the bodies that may call one, and flows are extracted. */
    private static String flows(Path dir, int threads) throws Exception {
        Policy gdpr = new PolicyLoader(ScanBench.class.getClassLoader()).load(List.of("builtin:gdpr"));
        SourceScanResult result = new SourceScanner(threads, gdpr.sinks().values(), gdpr.flow()).scan(dir, List.of(dir));
        long calls = result.files().stream().mapToLong(f -> f.sinkCalls().size()).sum();
        return String.format(Locale.ROOT, "%d files scanned, pre-filter sent %d files (%.1f %%) with %d sink bodies to the"
                        + " flow analysis, %d sink calls reached by outside values",
                result.files().size(), result.flowFiles(), 100.0 * result.flowFiles() / Math.max(1, result.files().size()),
                result.sinkBodies(), calls);
    }

    /** The whole analysis as the CLI runs it with builtin:gdpr: scan with flows, classify, resolve flows, check. */
    private static String analyze(Path dir, int threads) throws Exception {
        var config = new dev.lawful.AnalyzerConfig(dir, List.of(dir), List.of(), List.of(), List.of(),
                List.of("builtin:gdpr"), threads);
        dev.lawful.Result result = new dev.lawful.Analyzer(config, ScanBench.class.getClassLoader()).run();
        long flowFindings = result.findings().stream().filter(f -> !f.path().isEmpty()).count();
        return result.stats().sourceFiles() + " files, " + result.inventory().size() + " personal fields, "
                + result.flows().size() + " flows, " + flowFindings + " flow findings, " + result.findings().size()
                + " findings";
    }

    private static SourceScanResult scan(Path dir, int threads) {
        return new SourceScanner(threads).scan(dir, List.of(dir));
    }

    private static String classify(Path dir, int threads) throws Exception {
        SourceScanResult result = scan(dir, threads);
        Policy gdpr = new PolicyLoader(ScanBench.class.getClassLoader()).load(List.of("builtin:gdpr"));
        TaxonomyClassifier classifier = new TaxonomyClassifier(gdpr);
        List<TypeInfo> types = result.files().stream().flatMap(f -> f.types().stream()).toList();
        Codebase codebase = new Codebase(types);
        long start = System.nanoTime();
        int fields = 0;
        int personal = 0;
        for (SourceFileScan file : result.files()) {
            for (TypeInfo type : file.types()) {
                for (CodeElement field : type.fields()) {
                    Classification verdict = classifier.classify(field, type, codebase);
                    if (LIST && verdict.personal()) {
                        System.out.println("PERSONAL " + field.id() + " : " + field.type() + " -> "
                                + (verdict.link() ? "link" : String.join(",", verdict.categories())) + " " + verdict.confidence());
                    }
                    fields++;
                    personal += verdict.personal() ? 1 : 0;
                }
            }
        }
        double millis = (System.nanoTime() - start) / 1e6;
        return String.format(Locale.ROOT, "%d fields classified in %.0f ms (one thread), %d personal", fields, millis, personal);
    }

    /**
     * The JVM's CPU time, all threads (GC and JIT too): on a shared machine the wall clock
     * measures the other load as much as this run, the CPU time does not.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
