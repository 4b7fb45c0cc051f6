package dev.lawful.maven;

import dev.lawful.AnalyzerConfig;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Analyses the whole reactor at once, writes one set of reports in the root project's
 * {@code target/lawful}, and fails the build once, at the end, when a finding is at or
 * above {@code failOn}, with the totals per module: {@code mvn verify lawful:aggregate-check}.
 */
@Mojo(name = "aggregate-check", aggregator = true, threadSafe = true)
public class AggregateCheckMojo extends CheckMojo {

    @Override
    protected AnalyzerConfig config() throws MojoExecutionException {
        return reactorConfig();
    }
}
