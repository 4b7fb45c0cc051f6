package dev.lawful.maven;

import dev.lawful.AnalyzerConfig;
import dev.lawful.Result;
import dev.lawful.check.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.reporting.MavenReportException;

/**
 * The Lawful page of the project site ({@code mvn site}): a summary and the findings, with
 * the full reports beside it under {@code lawful/}. Never fails the build because of findings.
 */
@Mojo(name = "site-report", threadSafe = true)
public class SiteReportMojo extends AbstractMavenReport {

    /** The folder, inside the site, that holds the full reports. */
    static final String REPORTS_FOLDER = "lawful";

    /** Rule files and bundled rule sets, as for {@code lawful:check}. */
    @Parameter(property = "lawful.policies")
    private List<String> policies;

    /** Package prefixes whose classes in dependency jars belong to this project's model. */
    @Parameter(property = "lawful.packages")
    private List<String> packages;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private RepositorySystem repositorySystem;

    /** Skips the page. */
    @Parameter(property = "lawful.skip", defaultValue = "false")
    private boolean skip;

    private AnalyzerConfig config;

    @Override
    public String getOutputName() {
        return "lawful";
    }

    @Override
    public String getName(Locale locale) {
        return "Lawful";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Personal data in the code checked against the privacy policy (GDPR).";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && ProjectAnalysis.hasInput(config());
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ProjectAnalysis analysis = new ProjectAnalysis(getLog());
        try {
            Result result = analysis.run(config());
            Path folder = new File(getReportOutputDirectory(), REPORTS_FOLDER).toPath();
            List<Path> reports = analysis.writeReports(result, ProjectAnalysis.supportedFormats(), folder, Severity.ERROR);
            analysis.logSummary(result, reports);
            new SitePage(getSink(), result, REPORTS_FOLDER, reports).render();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    private AnalyzerConfig config() {
        if (config == null) {
            config = resolveConfig();
        }
        return config;
    }

    private AnalyzerConfig resolveConfig() {
        MavenProject project = getProject();
        var dependencies = new ReactorDependencies(repositorySystem, session, getLog()).of(project);
        return ProjectInputs.of(project, ProjectInputs.rootDir(session), dependencies, packages, policies).toConfig();
    }
}
