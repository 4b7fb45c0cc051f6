package dev.lawful.maven;

import dev.lawful.Analyzer;
import dev.lawful.AnalyzerConfig;
import dev.lawful.ConfigurationException;
import dev.lawful.Result;
import dev.lawful.check.Severity;
import dev.lawful.report.Reports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The part every goal shares: run the analyzer on a project, write the reports, log a
 * summary. Wrong configuration becomes a {@link MojoExecutionException} with each problem's
 * place, never a stack trace.
 */
final class ProjectAnalysis {

    private final Log log;

    ProjectAnalysis(Log log) {
        this.log = log;
    }

    /** Whether there is anything to analyse: a source folder or compiled classes. */
    static boolean hasInput(AnalyzerConfig config) {
        return !config.sourceRoots().isEmpty() || !config.classes().isEmpty();
    }

    /** The report formats this version can write. */
    static List<String> supportedFormats() {
        return List.copyOf(Reports.formats());
    }

    Result run(AnalyzerConfig config) throws MojoExecutionException {
        return run(config, null);
    }

    /**
     * @param scanCache where unchanged source files' scans are kept between runs, or null for
     *     none
     */
    Result run(AnalyzerConfig config, Path scanCache) throws MojoExecutionException {
        log.debug("Lawful configuration: " + config);
        Analyzer analyzer = new Analyzer(config);
        if (scanCache != null) {
            analyzer = analyzer.withScanCache(scanCache, hits -> log.info("Lawful: " + FailureMessages.plural(hits,
                    "source file") + " unchanged since the last analysis, read from " + scanCache));
        }
        try {
            return analyzer.run();
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(FailureMessages.configuration(e));
        }
    }

    /** @param failOn the build's fail threshold, for reports that show a verdict; null for never */
    List<Path> writeReports(Result result, List<String> formats, Path directory, Severity failOn)
            throws MojoExecutionException {
        try {
            return Reports.write(result, directory, Reports.forFormats(formats, failOn));
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(FailureMessages.configuration(e));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Lawful reports to " + directory + ": " + e.getMessage(), e);
        }
    }

    void logSummary(Result result, List<Path> reports) {
        Result.Stats stats = result.stats();
        log.info("Lawful: " + FailureMessages.plural(result.count(Severity.ERROR), "error") + ", "
                + FailureMessages.plural(result.count(Severity.WARNING), "warning") + ", "
                + FailureMessages.plural(result.count(Severity.NOTE), "note")
                + " (policy " + result.policy().id() + "; " + result.inventory().size() + " personal-data elements in "
                + FailureMessages.plural(stats.types(), "type") + ", "
                + FailureMessages.plural(stats.sourceFiles(), "source file") + ")");
        result.problems().forEach(p ->
                log.warn("Lawful could not parse " + p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message()));
        FailureMessages.reportsLine(reports).lines().forEach(log::info);
    }
}
