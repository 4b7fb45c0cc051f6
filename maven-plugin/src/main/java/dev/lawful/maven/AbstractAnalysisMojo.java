package dev.lawful.maven;

import dev.lawful.AnalyzerConfig;
import dev.lawful.Exhaustion;
import dev.lawful.Result;
import dev.lawful.check.Severity;
import dev.lawful.classify.ClassifierKind;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters and steps that {@code lawful:check} and {@code lawful:report} share. */
abstract class AbstractAnalysisMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * Rule files (paths relative to the project's base directory) and bundled rule sets
     * ({@code builtin:gdpr}, {@code builtin:jalonom}). When empty, the project's
     * {@code lawful.yaml} is used if it exists, else {@code builtin:gdpr}.
     */
    @Parameter(property = "lawful.policies")
    private List<String> policies;

    /**
     * Package prefixes whose classes in dependency jars belong to this project's model
     * (their fields are inventoried like the project's own).
     */
    @Parameter(property = "lawful.packages")
    private List<String> packages;

    /** Where the reports are written. */
    @Parameter(property = "lawful.outputDirectory", defaultValue = "${project.build.directory}/lawful", required = true)
    private File outputDirectory;

    /**
     * Comma-separated report formats: {@code json}, {@code sarif}, {@code html}, {@code text}.
     * Empty means all of them.
     */
    @Parameter(property = "lawful.formats")
    private String formats;

    /** Which classifier decides what is personal data: {@code rules} (the default) or {@code weighed}. */
    @Parameter(property = "lawful.classifier")
    private String classifier;

    /** Skips the analysis. */
    @Parameter(property = "lawful.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Lawful is skipped.");
            return;
        }
        validateParameters();
        try {
            analyse();
        } catch (OutOfMemoryError | StackOverflowError e) {
            // one line, like every other failure of the goal; the reports that could be written are
            throw new MojoExecutionException("Lawful " + Exhaustion.message(e));
        }
    }

    private void analyse() throws MojoExecutionException, MojoFailureException {
        List<String> formatIds = formats == null || formats.isBlank()
                ? ProjectAnalysis.supportedFormats()
                : ReportFormats.parse(formats, ProjectAnalysis.supportedFormats());
        AnalyzerConfig config = ProjectInputs.of(project, packages, policies).toConfig().withClassifier(classifierKind());
        if (!ProjectAnalysis.hasInput(config)) {
            getLog().info("Lawful: no Java sources or classes in " + project.getArtifactId() + ", nothing to analyse.");
            return;
        }
        ProjectAnalysis analysis = new ProjectAnalysis(getLog());
        Result result = analysis.run(config);
        List<Path> reports = analysis.writeReports(result, formatIds, outputDirectory.toPath(), verdictThreshold());
        analysis.logSummary(result, reports);
        conclude(result, reports);
    }

    /**
     * The lowest severity that fails the build, for reports that show a verdict; null for never.
     * The goals that never fail report what {@code check} would do by default.
     */
    protected Severity verdictThreshold() {
        return Severity.ERROR;
    }

    private ClassifierKind classifierKind() throws MojoExecutionException {
        if (classifier == null || classifier.isBlank()) {
            return ClassifierKind.DEFAULT;
        }
        return ClassifierKind.parse(classifier).orElseThrow(() ->
                new InvalidParameter("classifier", "lawful.classifier", classifier, ClassifierKind.ids()).toException());
    }

    /** Checks goal-specific parameters before the analysis runs. */
    protected void validateParameters() throws MojoExecutionException {
    }

    /** What the goal does with the result once the reports are written. */
    protected abstract void conclude(Result result, List<Path> reports) throws MojoFailureException;
}
