import dev.lawful.Analyzer;
import dev.lawful.AnalyzerConfig;
import dev.lawful.Result;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the cache saves: a whole analysis (builtin:gdpr, reports not written) of DIR in
 * process, cold (no cache: neither the scan cache nor the result beside it) and then
 * unchanged (the result reused), ROUNDS times each after a warm-up of both, and prints the medians with the load average. Usage: CacheBench DIR THREADS ROUNDS; or CacheBench generate DIR N
 * to write N source files of a model-heavy code base (entities with fields and methods).
 */
public final class CacheBench {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int threads = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path cache = Files.createTempDirectory("lawful-cache-bench").resolve("scan.json");
        AnalyzerConfig config = new AnalyzerConfig(dir, List.of(dir), List.of(), List.of(), List.of(),
                List.of("builtin:gdpr"), threads);
        run(config, cache, true, "warm-up cold");
        run(config, cache, false, "warm-up unchanged");
        double[] cold = new double[rounds];
        double[] unchanged = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            cold[round] = run(config, cache, true, "cold round " + (round + 1));
            unchanged[round] = run(config, cache, false, "unchanged round " + (round + 1));
        }
        double coldMedian = median(cold);
        double unchangedMedian = median(unchanged);
        System.out.printf(Locale.ROOT, "median cold %.0f ms, median unchanged %.0f ms: unchanged costs %.1f %% of cold"
                + " (load average %s)%n", coldMedian, unchangedMedian, 100 * unchangedMedian / coldMedian, loadAverage());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The machine's load over the last 1, 5 and 15 minutes, where the system says it. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double run(AnalyzerConfig config, Path cache, boolean cold, String label) throws Exception {
        if (cold) {
            Files.deleteIfExists(cache);
            Files.deleteIfExists(cache.resolveSibling("result.smile"));
        }
        int[] hits = new int[1];
        // each round starts from a collected heap, as a build's own JVM does: an unchanged run
        // after a cold one in the same process would otherwise pay for the cold run's garbage
        System.gc();
        long start = System.nanoTime();
        Result result = new Analyzer(config).withScanCache(cache, h -> hits[0] = h).run();
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "%s: %.0f ms, %d source files (%d from the cache), %d findings%n",
                label, millis, result.stats().sourceFiles(), hits[0], result.findings().size());
        return millis;
    }

    private static void generate(Path dir, int count) throws Exception {
        String[] fields = {"firstName", "lastName", "email", "phoneNumber", "status", "createdAt", "amount", "sku",
            "deliveryAddress", "birthDate", "comment", "quantity"};
        for (int i = 0; i < count; i++) {
            String pkg = "com.bench.module" + (i % 50);
            String name = "Entity" + i;
            StringBuilder text = new StringBuilder("package " + pkg + ";\n\nimport java.util.List;\n\n")
                    .append("/** Generated entity ").append(i).append(". */\npublic class ").append(name).append(" {\n");
            for (int f = 0; f < 6; f++) {
                text.append("    private String ").append(fields[(i + f) % fields.length]).append(";\n");
            }
            for (int m = 0; m < 8; m++) {
                text.append("\n    public String method").append(m).append("(List<String> values) {\n")
                        .append("        StringBuilder out = new StringBuilder();\n")
                        .append("        for (String value : values) {\n")
                        .append("            if (value.length() > ").append(m).append(") { out.append(value.trim()); }\n")
                        .append("        }\n        return out.toString();\n    }\n");
            }
            text.append("}\n");
            Path file = dir.resolve(pkg.replace('.', '/')).resolve(name + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
    }
}
