package dev.lawful.cli;

import dev.lawful.Analyzer;
import dev.lawful.ConfigurationException;
import dev.lawful.Result;
import dev.lawful.check.FailLevel;
import dev.lawful.report.BaselineFile;
import dev.lawful.report.ReportWriter;
import dev.lawful.report.Reports;
import dev.lawful.report.TextReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scans Java sources (and classes) against the policy, prints a summary and writes reports.")
final class ScanCommand implements Callable<Integer> {

    static final String DEFAULT_BASELINE = "lawful-baseline.json";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScanOptions scan = new ScanOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Folders of Java sources.")
    List<Path> sourceRoots = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
            description = "text (the summary on standard output), or report files written into --output: json, sarif, html, ropa (the Art. 30 record: xlsx, CSV, HTML, DPIA screening), fides. Repeatable. Default: text.")
    List<String> formats = new ArrayList<>(List.of("text"));

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where report files go. Default: lawful-report.")
    Path output = Path.of("lawful-report");

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above this level: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    FailLevel failOn = FailLevel.ERROR;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A baseline of accepted findings: they are marked baselined and do not fail; new ones do.")
    Path baseline;

    @Option(names = "--update-baseline",
            description = "Rewrite the baseline (--baseline, default lawful-baseline.json) with every finding of this scan.")
    boolean updateBaseline;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        scan.validate(spec.commandLine(), sourceRoots);
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--output " + output + " is a file; give the folder the reports go into");
        }
        List<ReportWriter> writers = Reports.forFormats(formats, failOn.threshold());
        Result result = withBaseline(new Analyzer(scan.config(sourceRoots)).run());
        PrintWriter out = spec.commandLine().getOut();
        boolean printSummary = !quiet && writers.stream().anyMatch(w -> w instanceof TextReportWriter);
        if (printSummary) {
            new TextReportWriter().write(result, out);
        }
        List<ReportWriter> files = writers.stream().filter(w -> !(w instanceof TextReportWriter)).toList();
        if (!files.isEmpty()) {
            for (Path written : Reports.write(result, output, files)) {
                if (!quiet) {
                    out.println("Wrote " + written);
                }
            }
        }
        if (!quiet && !printSummary) {
            out.println(TextReportWriter.totals(result));
        }
        if (result.stats().sourceFiles() == 0 && result.stats().classFiles() == 0) {
            spec.commandLine().getErr().println("lawful: warning: no .java file or class file found in "
                    + String.join(", ", scanned()) + "; nothing was analysed");
        }
        boolean failed = result.failsAt(failOn.threshold());
        if (!quiet && failOn != FailLevel.NEVER) {
            out.println(failed ? "FAILED: findings at or above " + failOn.id() + "." : "PASSED.");
        }
        out.flush();
        return failed ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** The result compared with the baseline, or the baseline rewritten from it; as it is without one. */
    private Result withBaseline(Result result) throws ConfigurationException, IOException {
        if (baseline == null && !updateBaseline) {
            return result;
        }
        Path file = baseline != null ? baseline : Path.of(DEFAULT_BASELINE);
        BaselineFile baselineFile = new BaselineFile(file, file.toString().replace('\\', '/'));
        if (!updateBaseline) {
            return baselineFile.compare(result);
        }
        Result updated = baselineFile.update(result);
        if (!quiet) {
            spec.commandLine().getOut().println("Wrote the baseline " + file + " (" + result.findings().size() + " findings)");
        }
        return updated;
    }

    private List<String> scanned() {
        List<String> paths = new ArrayList<>();
        sourceRoots.forEach(root -> paths.add(root.toString()));
        scan.classpath.forEach(entry -> paths.add(entry.toString()));
        return paths;
    }

}
