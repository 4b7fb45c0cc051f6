package dev.lawful.maven;

import dev.lawful.AnalyzerConfig;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Analyses the whole reactor at once and writes one set of reports for it, in the root
 * project's {@code target/lawful}. Runs once, in the root project, after the modules that
 * the same command builds: {@code mvn compile lawful:aggregate}, or without a phase
 * {@code mvn lawful:aggregate} (classes are then read where earlier builds left them).
 * Never fails because of findings.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public class AggregateReportMojo extends ReportMojo {

    @Override
    protected AnalyzerConfig config() throws MojoExecutionException {
        return reactorConfig();
    }
}
