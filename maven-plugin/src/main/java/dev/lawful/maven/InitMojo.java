package dev.lawful.maven;

import dev.lawful.AnalyzerConfig;
import dev.lawful.Result;
import dev.lawful.report.StarterRuleFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * Writes a starting {@code lawful.yaml} for an existing code base from its inventory: one
 * declaration per class that holds personal data, with its fields and detected categories,
 * and TODO for each purpose, legal basis and retention, which fail validation until filled.
 * Refuses to overwrite an existing file unless {@code force} is set.
 */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private RepositorySystem repositorySystem;

    /** The rule file to write. */
    @Parameter(property = "lawful.initFile", defaultValue = "${project.basedir}/lawful.yaml", required = true)
    private File initFile;

    /** The bundled rule set the new file extends. */
    @Parameter(property = "lawful.extends", defaultValue = "builtin:gdpr", required = true)
    private String base;

    /** Overwrites an existing rule file. */
    @Parameter(property = "lawful.force", defaultValue = "false")
    private boolean force;

    /** The sources' encoding, as for {@code check}. */
    @Parameter(property = "lawful.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Override
    public void execute() throws MojoExecutionException {
        Path target = initFile.toPath();
        if (Files.exists(target) && !force) {
            throw new MojoExecutionException(target + " exists; lawful:init does not overwrite it (-Dlawful.force does)");
        }
        var dependencies = new ReactorDependencies(repositorySystem, session, getLog()).of(project);
        AnalyzerConfig config = ProjectInputs.of(project, ProjectInputs.rootDir(session), dependencies, List.of(),
                List.of(base)).toConfig().withSelection(SourceOptions.selection(List.of(), List.of(), encoding));
        if (!ProjectAnalysis.hasInput(config)) {
            throw new MojoExecutionException("No Java sources or classes in " + project.getArtifactId()
                    + ": nothing to start a rule file from");
        }
        Result result = new ProjectAnalysis(getLog()).run(config);
        try {
            new StarterRuleFile(project.getArtifactId().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-"), List.of(base)).write(result, target);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + target + ": " + e.getMessage(), e);
        }
        getLog().info("Lawful: wrote " + target + " with a declaration for each class that holds personal data;"
                + " replace every TODO, then run lawful:check.");
    }
}
