package dev.lawful.maven;

import dev.lawful.scan.bytecode.Dependency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.RepositoryUtils;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.ArtifactTypeRegistry;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;

/**
 * A project's runtime dependencies as the analysis needs them, without a lifecycle phase.
 * Maven's own resolution fails for a reactor sibling that no phase has built
 * ({@code mvn lawful:report} on a multi-module build); here a sibling is its output folder
 * when it has been compiled, and is left out otherwise (its sources are analysed in its own
 * module). A jar that cannot be resolved is left out with a warning: dependencies only serve
 * recipient detection and {@code packages}, so the analysis goes on without it.
 */
final class ReactorDependencies {

    private static final Set<String> RUNTIME_SCOPES = Set.of("compile", "runtime", "system");

    private final RepositorySystem repositorySystem;
    private final MavenSession session;
    private final Log log;

    ReactorDependencies(RepositorySystem repositorySystem, MavenSession session, Log log) {
        this.repositorySystem = repositorySystem;
        this.session = session;
        this.log = log;
    }

    /** The compile and runtime dependencies of {@code project}, direct and transitive, in resolution order. */
    List<Dependency> of(MavenProject project) {
        Map<String, MavenProject> siblings = new LinkedHashMap<>();
        for (MavenProject sibling : reactor()) {
            siblings.put(coordinates(sibling.getGroupId(), sibling.getArtifactId(), sibling.getVersion()), sibling);
        }
        List<Dependency> dependencies = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (ArtifactResult result : resolve(project)) {
            Artifact artifact = result.getArtifact() != null ? result.getArtifact() : result.getRequest().getArtifact();
            String key = artifact.getGroupId() + ":" + artifact.getArtifactId();
            MavenProject sibling = siblings.get(coordinates(artifact.getGroupId(), artifact.getArtifactId(),
                    artifact.getBaseVersion()));
            if (sibling != null) {
                Path classes = Path.of(sibling.getBuild().getOutputDirectory());
                if (Files.isDirectory(classes)) {
                    dependencies.add(new Dependency(classes, key));
                }
            } else if (result.isResolved() && artifact.getFile() != null) {
                dependencies.add(new Dependency(artifact.getFile().toPath(), key));
            } else {
                unresolved.add(artifact.toString());
            }
        }
        if (!unresolved.isEmpty()) {
            log.warn("Lawful: " + project.getArtifactId() + ": dependencies not resolved, left out of the analysis: "
                    + String.join(", ", unresolved));
        }
        return dependencies;
    }

    private Collection<MavenProject> reactor() {
        List<MavenProject> all = session.getAllProjects();
        return all != null ? all : session.getProjects();
    }

    private List<ArtifactResult> resolve(MavenProject project) {
        RepositorySystemSession repositorySession = session.getRepositorySession();
        ArtifactTypeRegistry types = repositorySession.getArtifactTypeRegistry();
        CollectRequest collect = new CollectRequest();
        collect.setRootArtifact(RepositoryUtils.toArtifact(project.getArtifact()));
        collect.setRepositories(project.getRemoteProjectRepositories());
        project.getDependencies().stream()
                .filter(d -> RUNTIME_SCOPES.contains(scopeOf(d.getScope())))
                .forEach(d -> collect.addDependency(RepositoryUtils.toDependency(d, types)));
        if (project.getDependencyManagement() != null) {
            project.getDependencyManagement().getDependencies()
                    .forEach(d -> collect.addManagedDependency(RepositoryUtils.toDependency(d, types)));
        }
        DependencyFilter runtime = (node, parents) ->
                node.getDependency() == null || RUNTIME_SCOPES.contains(scopeOf(node.getDependency().getScope()));
        try {
            return repositorySystem.resolveDependencies(repositorySession, new DependencyRequest(collect, runtime))
                    .getArtifactResults();
        } catch (DependencyResolutionException e) {
            DependencyResult partial = e.getResult();
            if (partial == null || partial.getArtifactResults() == null) {
                log.warn("Lawful: " + project.getArtifactId() + ": dependencies not resolved, left out of the analysis: "
                        + e.getMessage());
                return List.of();
            }
            return partial.getArtifactResults();
        }
    }

    private static String scopeOf(String scope) {
        return scope == null || scope.isEmpty() ? "compile" : scope;
    }

    private static String coordinates(String groupId, String artifactId, String version) {
        return groupId + ":" + artifactId + ":" + version;
    }
}
