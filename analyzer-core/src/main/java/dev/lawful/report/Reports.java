package dev.lawful.report;

import dev.lawful.ConfigurationException;
import dev.lawful.Problem;
import dev.lawful.Result;
import dev.lawful.check.Severity;
import dev.lawful.report.fides.FidesManifestWriter;
import dev.lawful.report.html.HtmlReportWriter;
import dev.lawful.report.ropa.RopaReports;
import dev.lawful.report.sarif.SarifWriter;
import dev.lawful.policy.NameSuggester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The report formats users can ask for, and writing them into an output folder. */
public final class Reports {

    private static final Map<String, Function<Severity, List<ReportWriter>>> WRITERS = writers();

    private Reports() {
    }

    /** Each format's writers: one file each; {@code ropa} writes several. */
    private static Map<String, Function<Severity, List<ReportWriter>>> writers() {
        Map<String, Function<Severity, List<ReportWriter>>> writers = new LinkedHashMap<>();
        writers.put("text", failOn -> List.of(new TextReportWriter()));
        writers.put("json", failOn -> List.of(new JsonReportWriter()));
        writers.put("sarif", failOn -> List.of(new SarifWriter()));
        writers.put("html", failOn -> List.of(new HtmlReportWriter(failOn, ToolInfo.current())));
        writers.put(RopaReports.FORMAT, failOn -> RopaReports.writers());
        writers.put("fides", failOn -> List.of(new FidesManifestWriter()));
        return writers;
    }

    /** Format ids, in the order docs list them. */
    public static List<String> formats() {
        return List.copyOf(WRITERS.keySet());
    }

    /** The writers for {@code formats}, judging pass or fail at {@link Severity#ERROR}. */
    public static List<ReportWriter> forFormats(List<String> formats) throws ConfigurationException {
        return forFormats(formats, Severity.ERROR);
    }

    /**
     * @param failOn the lowest severity that fails the build, or null for never; reports that
     *     show a verdict use it
     * @throws ConfigurationException naming the unknown format and the valid ones
     */
    public static List<ReportWriter> forFormats(List<String> formats, Severity failOn) throws ConfigurationException {
        List<ReportWriter> writers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String format : formats) {
            String id = format.strip().toLowerCase(Locale.ROOT);
            Function<Severity, List<ReportWriter>> writer = WRITERS.get(id);
            if (writer == null) {
                problems.add(new Problem(null, "unknown report format \"" + format + "\"; expected one of "
                        + String.join(", ", WRITERS.keySet()) + NameSuggester.hint(id, WRITERS.keySet())));
            } else if (writers.stream().noneMatch(w -> w.format().equals(id))) {
                writers.addAll(writer.apply(failOn));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return List.copyOf(writers);
    }

    /**
     * Writes the reports into {@code outputDir} so that they replace the previous set together
     * ({@link ReportSet}); returns the files written, in order. When one report cannot be
     * written, the others still are, that report's previous file is removed, and the failure is
     * thrown after.
     *
     * @throws IOException when a report cannot be written, or {@code outputDir} is a file
     */
    public static List<Path> write(Result result, Path outputDir, List<ReportWriter> writers) throws IOException {
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw new IOException(outputDir + " is a file, not a folder for the reports");
        }
        ReportSet set = new ReportSet(outputDir);
        Throwable failure = null;
        for (ReportWriter writer : writers) {
            try {
                set.add(outputDir.resolve(writer.fileName()), out -> writer.write(result, out));
            } catch (IOException | RuntimeException | Error e) {
                failure = failure == null ? e : failure;
            }
        }
        List<Path> written = set.commit();
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return written;
    }
}
