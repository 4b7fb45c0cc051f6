import dev.lawful.classify.Classification;
import dev.lawful.classify.Classifier;
import dev.lawful.classify.ClassifierKind;
import dev.lawful.classify.Codebase;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.TypeInfo;
import dev.lawful.scan.source.SourceScanResult;
import dev.lawful.scan.source.SourceScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The classify phase alone, for each classifier: scans DIR once (timed, for the ratio), then
 * for ROUNDS rounds builds a fresh classifier of each kind and classifies every field (one
 * thread), so that the weighed classifier's first call, which builds the type graph, is inside
 * the timing. The first round warms the JIT. {@code -Dclassifier=weighed} (or {@code rules}) runs one only.
 */
public final class ClassifyBench {

    /** CPU time of this thread: steadier than wall time on a machine other builds share. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Policy gdpr = new PolicyLoader(ClassifyBench.class.getClassLoader()).load(List.of("builtin:gdpr"));
        SourceScanResult result = null;
        double scanMs = 0;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            result = new SourceScanner(threads).scan(dir, List.of(dir));
            scanMs = (System.nanoTime() - start) / 1e6;
        }
        List<TypeInfo> types = result.files().stream().flatMap(f -> f.types().stream()).toList();
        System.out.printf(Locale.ROOT, "scan: %d files, %d types, %.0f ms (last of %d rounds, %d threads)%n",
                result.files().size(), types.size(), scanMs, rounds, threads);
        List<ClassifierKind> kinds = ClassifierKind.parse(System.getProperty("classifier")).map(List::of)
                .orElse(List.of(ClassifierKind.values()));
        for (ClassifierKind kind : kinds) {
            for (int round = 1; round <= rounds; round++) {
                Classifier classifier = kind.create(gdpr);
                Codebase codebase = new Codebase(types);
                long start = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                int fields = 0;
                int personal = 0;
                for (SourceFileScan file : result.files()) {
                    for (TypeInfo type : file.types()) {
                        for (CodeElement field : type.fields()) {
                            Classification verdict = classifier.classify(field, type, codebase);
                            fields++;
                            personal += verdict.personal() ? 1 : 0;
                        }
                    }
                }
                double ms = (System.nanoTime() - start) / 1e6;
                double cpuMs = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                System.out.printf(Locale.ROOT, "%s round %d: %d fields in %.0f ms, %.0f ms CPU (%.0f fields/s, %.0f %% of"
                        + " the scan's wall time), %d personal%n", kind.id(), round, fields, ms, cpuMs, fields / (ms / 1000),
                        100 * ms / scanMs, personal);
            }
        }
    }
}
