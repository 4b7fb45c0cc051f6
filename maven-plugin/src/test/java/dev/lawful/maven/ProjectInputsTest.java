package dev.lawful.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawful.AnalyzerConfig;
import dev.lawful.scan.bytecode.Dependency;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInputsTest {

    @TempDir
    Path base;

    @Test
    void policiesResolveAgainstBaseDirExceptBuiltins() {
        Path outside = base.getRoot().resolve("etc/x.yaml");
        ProjectInputs inputs = inputs(List.of("builtin:jalonom", "policy/../lawful.yaml", outside.toString()));
        assertEquals(List.of("builtin:jalonom", base.resolve("lawful.yaml").toString(), outside.toString()),
                inputs.resolvedPolicies());
    }

    @Test
    void withoutPoliciesTheProjectsLawfulYamlIsUsedWhenPresent() throws IOException {
        assertEquals(List.of(), inputs(List.of()).resolvedPolicies());
        Files.writeString(base.resolve("lawful.yaml"), "lawful: 1\nid: shop\n");
        assertEquals(List.of(base.resolve("lawful.yaml").toString()), inputs(List.of()).resolvedPolicies());
    }

    @Test
    void missingFoldersAreLeftOut() throws IOException {
        Path sources = Files.createDirectories(base.resolve("src/main/java"));
        ProjectInputs inputs = new ProjectInputs(base, List.of(sources, base.resolve("target/generated-sources")),
                base.resolve("target/classes"), List.of(), List.of(), List.of());
        AnalyzerConfig config = inputs.toConfig();
        assertEquals(List.of(sources), config.sourceRoots());
        assertEquals(List.of(), config.classes());
        assertEquals(0, config.threads());
    }

    @Test
    void readsFoldersAndRuntimeDependenciesFromTheProject() throws IOException {
        MavenProject project = new MavenProject();
        project.setFile(base.resolve("pom.xml").toFile());
        Path sources = Files.createDirectories(base.resolve("src/main/java"));
        Path classes = Files.createDirectories(base.resolve("target/classes"));
        project.addCompileSourceRoot(sources.toString());
        project.getBuild().setOutputDirectory(classes.toString());
        project.setArtifacts(Set.of(
                artifact("com.google.analytics", "analytics", Artifact.SCOPE_COMPILE),
                artifact("org.postgresql", "postgresql", Artifact.SCOPE_RUNTIME),
                artifact("org.junit.jupiter", "junit-jupiter", Artifact.SCOPE_TEST),
                artifact("jakarta.servlet", "jakarta.servlet-api", Artifact.SCOPE_PROVIDED)));

        AnalyzerConfig config = ProjectInputs.of(project, Arrays.asList(" com.jalonom.model ", "", null),
                List.of("builtin:gdpr")).toConfig();

        assertEquals(base, config.baseDir());
        assertEquals(List.of(sources), config.sourceRoots());
        assertEquals(List.of(classes), config.classes());
        assertEquals(List.of("com.google.analytics:analytics", "org.postgresql:postgresql"),
                config.dependencies().stream().map(Dependency::coordinates).sorted().toList());
        assertEquals(List.of("com.jalonom.model"), config.dependencyPackages());
        assertEquals(List.of("builtin:gdpr"), config.policies());
    }

    private ProjectInputs inputs(List<String> policies) {
        return new ProjectInputs(base, List.of(), null, List.of(), List.of(), policies);
    }

    private Artifact artifact(String groupId, String artifactId, String scope) {
        DefaultArtifact artifact = new DefaultArtifact(groupId, artifactId, "1.0", scope, "jar", null,
                new DefaultArtifactHandler("jar"));
        artifact.setFile(new File(base.toFile(), artifactId + ".jar"));
        return artifact;
    }
}
