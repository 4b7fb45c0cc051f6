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
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInputsTest {

    @TempDir
    Path root;

    @Test
    void policiesResolveAgainstBaseDirExceptBuiltins() throws IOException {
        Path module = Files.createDirectories(root.resolve("shop"));
        Path outside = root.getRoot().resolve("etc/x.yaml");
        ProjectInputs inputs = inputs(module, List.of("builtin:jalonom", "policy/../lawful.yaml", outside.toString()));
        assertEquals(List.of("builtin:jalonom", module.resolve("lawful.yaml").toString(), outside.toString()),
                inputs.resolvedPolicies());
    }

    @Test
    void withoutPoliciesTheProjectsLawfulYamlIsUsedWhenPresent() throws IOException {
        assertEquals(List.of(), inputs(root, List.of()).resolvedPolicies());
        Files.writeString(root.resolve("lawful.yaml"), "lawful: 1\nid: shop\n");
        assertEquals(List.of(root.resolve("lawful.yaml").toString()), inputs(root, List.of()).resolvedPolicies());
    }

    @Test
    void aModuleFindsTheLawfulYamlOfTheReactorRootAndPrefersItsOwn() throws IOException {
        Path module = Files.createDirectories(root.resolve("services/orders"));
        Files.writeString(root.resolve("lawful.yaml"), "lawful: 1\nid: shop\n");
        assertEquals(List.of(root.resolve("lawful.yaml").toString()), inputs(module, List.of()).resolvedPolicies());

        Files.writeString(root.resolve("services/lawful.yaml"), "lawful: 1\nid: services\n");
        assertEquals(List.of(root.resolve("services/lawful.yaml").toString()), inputs(module, List.of()).resolvedPolicies());

        Files.writeString(module.resolve("lawful.yaml"), "lawful: 1\nid: orders\n");
        assertEquals(List.of(module.resolve("lawful.yaml").toString()), inputs(module, List.of()).resolvedPolicies());
    }

    @Test
    void aRelativePolicyResolvesAgainstTheModuleThenUpToTheRoot() throws IOException {
        Path module = Files.createDirectories(root.resolve("core"));
        Files.createDirectories(root.resolve("policy"));
        Files.writeString(root.resolve("policy/shop.yaml"), "lawful: 1\nid: shop\n");
        assertEquals(List.of(root.resolve("policy/shop.yaml").toString()),
                inputs(module, List.of("policy/shop.yaml")).resolvedPolicies());

        Files.createDirectories(module.resolve("policy"));
        Files.writeString(module.resolve("policy/shop.yaml"), "lawful: 1\nid: core\n");
        assertEquals(List.of(module.resolve("policy/shop.yaml").toString()),
                inputs(module, List.of("policy/shop.yaml")).resolvedPolicies());
    }

    @Test
    void aPolicyFoundNowhereIsNamedInTheModuleAndLookupStopsAtTheRoot() throws IOException {
        Path reactor = Files.createDirectories(root.resolve("reactor"));
        Path module = Files.createDirectories(reactor.resolve("core"));
        Files.writeString(root.resolve("lawful.yaml"), "lawful: 1\nid: above-the-root\n");
        ProjectInputs inputs = new ProjectInputs(module, reactor, List.of(), null, List.of(), List.of(), List.of());
        assertEquals(List.of(), inputs.resolvedPolicies());
        ProjectInputs missing = new ProjectInputs(module, reactor, List.of(), null, List.of(), List.of(),
                List.of("missing.yaml"));
        assertEquals(List.of(module.resolve("missing.yaml").toString()), missing.resolvedPolicies());
    }

    @Test
    void missingFoldersAreLeftOut() throws IOException {
        Path sources = Files.createDirectories(root.resolve("src/main/java"));
        ProjectInputs inputs = new ProjectInputs(root, root, List.of(sources, root.resolve("target/generated-sources")),
                root.resolve("target/classes"), List.of(), List.of(), List.of());
        AnalyzerConfig config = inputs.toConfig();
        assertEquals(List.of(sources), config.sourceRoots());
        assertEquals(List.of(), config.classes());
        assertEquals(0, config.threads());
    }

    @Test
    void readsFoldersFromTheProject() throws IOException {
        MavenProject project = new MavenProject();
        project.setFile(root.resolve("pom.xml").toFile());
        Path sources = Files.createDirectories(root.resolve("src/main/java"));
        Path classes = Files.createDirectories(root.resolve("target/classes"));
        project.addCompileSourceRoot(sources.toString());
        project.getBuild().setOutputDirectory(classes.toString());
        List<Dependency> dependencies = List.of(new Dependency(root.resolve("analytics.jar"), "com.google.analytics:analytics"));

        AnalyzerConfig config = ProjectInputs.of(project, root, dependencies, Arrays.asList(" com.jalonom.model ", "", null),
                List.of("builtin:gdpr")).toConfig();

        assertEquals(root, config.baseDir());
        assertEquals(List.of(sources), config.sourceRoots());
        assertEquals(List.of(classes), config.classes());
        assertEquals(dependencies, config.dependencies());
        assertEquals(List.of("com.jalonom.model"), config.dependencyPackages());
        assertEquals(List.of("builtin:gdpr"), config.policies());
    }

    private ProjectInputs inputs(Path module, List<String> policies) {
        return new ProjectInputs(module, root, List.of(), null, List.of(), List.of(), policies);
    }
}
