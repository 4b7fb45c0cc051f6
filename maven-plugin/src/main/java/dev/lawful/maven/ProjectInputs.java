package dev.lawful.maven;

import dev.lawful.AnalyzerConfig;
import dev.lawful.scan.bytecode.Dependency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/**
 * What a Maven project gives the analysis: its folders, its runtime dependencies and the
 * plugin's {@code policies} and {@code packages} parameters.
 *
 * @param classesDirectory the compiled classes, or null when the project has none yet
 * @param packages package prefixes whose classes in dependency jars are the project's model
 * @param policies as configured: paths relative to {@code baseDir}, or {@code builtin:NAME}
 */
record ProjectInputs(
        Path baseDir,
        List<Path> sourceRoots,
        Path classesDirectory,
        List<Dependency> dependencies,
        List<String> packages,
        List<String> policies) {

    /** The rule file used when the {@code policies} parameter is not set and this file exists. */
    static final String DEFAULT_POLICY_FILE = "lawful.yaml";

    private static final String BUILTIN_PREFIX = "builtin:";
    private static final Set<String> RUNTIME_SCOPES =
            Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME, Artifact.SCOPE_SYSTEM);

    ProjectInputs {
        sourceRoots = List.copyOf(sourceRoots);
        dependencies = List.copyOf(dependencies);
        packages = List.copyOf(packages);
        policies = List.copyOf(policies);
    }

    static ProjectInputs of(MavenProject project, List<String> packages, List<String> policies) {
        return new ProjectInputs(
                project.getBasedir().toPath(),
                project.getCompileSourceRoots().stream().map(Path::of).toList(),
                Path.of(project.getBuild().getOutputDirectory()),
                runtimeDependencies(project.getArtifacts()),
                nonBlank(packages),
                nonBlank(policies));
    }

    private static List<Dependency> runtimeDependencies(Collection<Artifact> artifacts) {
        return artifacts.stream()
                .filter(a -> a.getFile() != null && RUNTIME_SCOPES.contains(a.getScope()))
                .map(a -> new Dependency(a.getFile().toPath(), a.getGroupId() + ":" + a.getArtifactId()))
                .toList();
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream()
                .filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * The analyzer's configuration. Folders that do not exist (a generated-sources root
     * before generation, the classes before compilation) are left out rather than reported.
     */
    AnalyzerConfig toConfig() {
        return new AnalyzerConfig(
                baseDir,
                sourceRoots.stream().filter(Files::isDirectory).toList(),
                classesDirectory != null && Files.isDirectory(classesDirectory) ? List.of(classesDirectory) : List.of(),
                dependencies,
                packages,
                resolvedPolicies(),
                0);
    }

    /**
     * Rule files as absolute paths resolved against the base directory (the analyzer names
     * them relative to it in messages and reports), bundled rule sets as written. Without
     * any, the project's {@code lawful.yaml} when it has one, else the analyzer's default.
     */
    List<String> resolvedPolicies() {
        if (policies.isEmpty()) {
            Path conventional = baseDir.resolve(DEFAULT_POLICY_FILE);
            return Files.isRegularFile(conventional) ? List.of(absolute(conventional)) : List.of();
        }
        return policies.stream()
                .map(p -> p.startsWith(BUILTIN_PREFIX) ? p : absolute(baseDir.resolve(p)))
                .toList();
    }

    private static String absolute(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
