package dev.lawful.maven;

import dev.lawful.AnalyzerConfig;
import dev.lawful.scan.bytecode.Dependency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * What a Maven project gives the analysis: its folders, its runtime dependencies and the
 * plugin's {@code policies} and {@code packages} parameters.
 *
 * @param rootDir the reactor's root folder (the top-level project's), where rule-file lookup
 *     stops; {@code baseDir} when the project is not inside it
 * @param classesDirectory the compiled classes, or null when the project has none yet
 * @param packages package prefixes whose classes in dependency jars are the project's model
 * @param policies as configured: paths relative to {@code baseDir}, or {@code builtin:NAME}
 */
record ProjectInputs(
        Path baseDir,
        Path rootDir,
        List<Path> sourceRoots,
        Path classesDirectory,
        List<Dependency> dependencies,
        List<String> packages,
        List<String> policies) {

    /** The rule file used when the {@code policies} parameter is not set and this file exists. */
    static final String DEFAULT_POLICY_FILE = "lawful.yaml";

    private static final String BUILTIN_PREFIX = "builtin:";

    ProjectInputs {
        rootDir = rootDir != null && baseDir.toAbsolutePath().normalize().startsWith(rootDir.toAbsolutePath().normalize())
                ? rootDir.toAbsolutePath().normalize() : baseDir.toAbsolutePath().normalize();
        sourceRoots = List.copyOf(sourceRoots);
        dependencies = List.copyOf(dependencies);
        packages = List.copyOf(packages);
        policies = List.copyOf(policies);
    }

    /** The reactor's root folder: where Maven was started (with {@code -f}, that POM's folder). */
    static Path rootDir(MavenSession session) {
        return Path.of(session.getExecutionRootDirectory());
    }

    /**
     * @param rootDir the reactor's root folder, or null
     * @param dependencies the project's runtime dependencies, from {@link ReactorDependencies}
     */
    static ProjectInputs of(MavenProject project, Path rootDir, List<Dependency> dependencies,
            List<String> packages, List<String> policies) {
        return of(project, rootDir, dependencies, packages, policies, false);
    }

    /** @param includeTestSources whether the test source roots are analysed too */
    static ProjectInputs of(MavenProject project, Path rootDir, List<Dependency> dependencies,
            List<String> packages, List<String> policies, boolean includeTestSources) {
        List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
        if (includeTestSources) {
            roots.addAll(project.getTestCompileSourceRoots());
        }
        return new ProjectInputs(
                project.getBasedir().toPath(),
                rootDir,
                roots.stream().map(Path::of).toList(),
                Path.of(project.getBuild().getOutputDirectory()),
                dependencies,
                nonBlank(packages),
                nonBlank(policies));
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
     * Rule files as absolute paths (the analyzer names them relative to the base directory in
     * messages and reports), bundled rule sets as written. A relative path is looked up in the
     * project, then in each folder above it up to the reactor root; one found nowhere stays
     * relative to the project, so that the error names it there. Without any, the first
     * {@code lawful.yaml} found the same way, else the analyzer's default.
     */
    List<String> resolvedPolicies() {
        if (policies.isEmpty()) {
            return lookUp(DEFAULT_POLICY_FILE).map(file -> List.of(absolute(file))).orElse(List.of());
        }
        return policies.stream()
                .map(p -> p.startsWith(BUILTIN_PREFIX) ? p : absolute(lookUp(p).orElse(baseDir.resolve(p))))
                .toList();
    }

    /** The first existing file {@code relative} names, from the project up to the reactor root. */
    private Optional<Path> lookUp(String relative) {
        Path start = baseDir.toAbsolutePath().normalize();
        if (Path.of(relative).isAbsolute()) {
            return Optional.of(Path.of(relative));
        }
        for (Path folder = start; folder != null && folder.startsWith(rootDir); folder = folder.getParent()) {
            Path candidate = folder.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String absolute(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
