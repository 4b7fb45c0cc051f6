package dev.lawful.report;

import dev.lawful.ConfigurationException;
import dev.lawful.Problem;
import dev.lawful.Result;
import dev.lawful.policy.ClosestNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The report formats users can ask for, and writing them into an output folder. */
public final class Reports {

    private static final Map<String, Supplier<ReportWriter>> WRITERS = writers();

    private Reports() {
    }

    private static Map<String, Supplier<ReportWriter>> writers() {
        Map<String, Supplier<ReportWriter>> writers = new LinkedHashMap<>();
        writers.put("text", TextReportWriter::new);
        writers.put("json", JsonReportWriter::new);
        writers.put("sarif", dev.lawful.report.sarif.SarifWriter::new);
        writers.put("html", dev.lawful.report.html.HtmlReportWriter::new);
        return writers;
    }

    /** Format ids, in the order docs list them. */
    public static List<String> formats() {
        return List.copyOf(WRITERS.keySet());
    }

    /**
     * @throws ConfigurationException naming the unknown format and the valid ones
     */
    public static List<ReportWriter> forFormats(List<String> formats) throws ConfigurationException {
        List<ReportWriter> writers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String format : formats) {
            String id = format.strip().toLowerCase(Locale.ROOT);
            Supplier<ReportWriter> writer = WRITERS.get(id);
            if (writer == null) {
                problems.add(new Problem(null, "unknown report format \"" + format + "\"; expected one of "
                        + String.join(", ", WRITERS.keySet()) + ClosestNames.didYouMean(id, WRITERS.keySet())));
            } else if (writers.stream().noneMatch(w -> w.format().equals(id))) {
                writers.add(writer.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return List.copyOf(writers);
    }

    /** Writes each report atomically into {@code outputDir}; returns the files written, in order. */
    public static List<Path> write(Result result, Path outputDir, List<ReportWriter> writers) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportWriter writer : writers) {
            Path target = outputDir.resolve(writer.fileName());
            AtomicFile.write(target, out -> writer.write(result, out));
            written.add(target);
        }
        return List.copyOf(written);
    }
}
