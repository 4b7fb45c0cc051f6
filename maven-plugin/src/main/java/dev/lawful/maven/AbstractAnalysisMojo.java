package dev.lawful.maven;

import dev.lawful.AnalyzerConfig;
import dev.lawful.Exhaustion;
import dev.lawful.Result;
import dev.lawful.check.Severity;
import dev.lawful.classify.ClassifierKind;
import dev.lawful.scan.bytecode.Dependency;
import dev.lawful.scan.source.SourceSelection;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/** The parameters and steps that {@code lawful:check} and {@code lawful:report} share. */
abstract class AbstractAnalysisMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private RepositorySystem repositorySystem;

    /** The scan cache, inside the output folder. */
    static final String SCAN_CACHE = "cache/scan.json";

    /** The reactor of an aggregate goal, once {@link #reactorConfig()} has read it. */
    private ReactorInputs reactor;

    /**
     * Rule files and bundled rule sets ({@code builtin:gdpr}, {@code builtin:jalonom}). A
     * relative path is looked up in the project, then in each folder above it up to the
     * reactor root. When empty, the first {@code lawful.yaml} found that way is used, else
     * {@code builtin:gdpr}.
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

    /**
     * Prints every finding: without it, {@code check} prints at most
     * {@value ConsoleListing#DEFAULT_LIMIT}, then how many more and where the HTML report is.
     */
    @Parameter(property = "lawful.verbose", defaultValue = "false")
    private boolean verbose;

    /**
     * A baseline file of accepted findings (relative to the project): they are marked
     * baselined in the reports and do not fail the build; new ones do. When not set,
     * {@value BaselineOption#DEFAULT_FILE} is used if the project has one.
     */
    @Parameter(property = "lawful.baseline")
    private File baseline;

    /**
     * Rewrites the baseline file (by default {@value BaselineOption#DEFAULT_FILE}) with every
     * finding of this run, accepting them all.
     */
    @Parameter(property = "lawful.updateBaseline", defaultValue = "false")
    private boolean updateBaseline;

    /**
     * Globs of the source files to analyse, relative to their source root
     * ({@code com/acme/model/**}); empty means every {@code .java} file.
     */
    @Parameter(property = "lawful.includes")
    private List<String> includes;

    /** Globs of source files to leave out, relative to their source root ({@code **}{@code /generated/**}). */
    @Parameter(property = "lawful.excludes")
    private List<String> excludes;

    /** Also analyses the test sources ({@code src/test/java}). */
    @Parameter(property = "lawful.includeTestSources", defaultValue = "false")
    private boolean includeTestSources;

    /**
     * The encoding of the source files. Without one, UTF-8, and ISO-8859-1 for a file that is
     * not valid UTF-8.
     */
    @Parameter(property = "lawful.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * Keeps what was parsed in {@code outputDirectory/cache/scan.json}, so that the next run
     * parses only the source files whose content changed.
     */
    @Parameter(property = "lawful.cache", defaultValue = "true")
    private boolean cache;

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
        AnalyzerConfig config = config();
        if (!ProjectAnalysis.hasInput(config)) {
            getLog().info("Lawful: no Java sources or classes in " + project.getArtifactId() + ", nothing to analyse.");
            return;
        }
        ProjectAnalysis analysis = new ProjectAnalysis(getLog());
        Result result = new BaselineOption(baseline, updateBaseline, config.baseDir(), getLog())
                .apply(analysis.run(config, cache ? outputDirectory.toPath().resolve(SCAN_CACHE) : null));
        List<Path> reports = analysis.writeReports(result, formatIds, outputDirectory.toPath(), verdictThreshold());
        analysis.logSummary(result, reports);
        breakdown(result).forEach(line -> getLog().info("  " + line));
        conclude(result, reports);
    }

    /** What to analyse: this project; the aggregate goals override it with the whole reactor. */
    protected AnalyzerConfig config() throws MojoExecutionException {
        return inputs(project).toConfig().withSelection(selection()).withClassifier(classifierKind());
    }

    /** The {@code includes}, {@code excludes} and {@code encoding} parameters. */
    protected final SourceSelection selection() throws MojoExecutionException {
        return SourceOptions.selection(includes, excludes, encoding);
    }

    /**
     * The whole reactor as one analysis, for the aggregate goals: every module of the build,
     * against the root project's rule files.
     */
    protected final AnalyzerConfig reactorConfig() throws MojoExecutionException {
        Map<String, ProjectInputs> modules = new LinkedHashMap<>();
        for (MavenProject module : session.getProjects()) {
            modules.put(module.getArtifactId(), inputs(module));
        }
        reactor = new ReactorInputs(modules.getOrDefault(project.getArtifactId(), inputs(project)), modules);
        return reactor.toConfig().withSelection(selection()).withClassifier(classifierKind());
    }

    /** The totals per module, one line each, for the aggregate goals; empty for one project. */
    protected final List<String> breakdown(Result result) {
        return reactor == null ? List.of() : reactor.totals(result);
    }

    /** What {@code module} gives the analysis, with this goal's parameters. */
    protected final ProjectInputs inputs(MavenProject module) {
        List<Dependency> dependencies = new ReactorDependencies(repositorySystem, session, getLog()).of(module);
        return ProjectInputs.of(module, rootDir(), dependencies, packages, policies, includeTestSources);
    }

    /** How the findings are printed: all of them under {@code verbose}. */
    protected final ConsoleListing consoleListing() {
        return new ConsoleListing(verbose ? Integer.MAX_VALUE : ConsoleListing.DEFAULT_LIMIT);
    }

    /** The reactor's root folder: where Maven was started, where rule-file lookup ends. */
    protected final Path rootDir() {
        return ProjectInputs.rootDir(session);
    }

    protected final MavenSession session() {
        return session;
    }

    protected final MavenProject project() {
        return project;
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
