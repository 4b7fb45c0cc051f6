package dev.lawful.maven;

import dev.lawful.AnalyzerConfig;
import dev.lawful.scan.bytecode.Dependency;
import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a whole reactor gives one aggregate analysis: every module's sources and classes,
 * their dependencies (without the siblings, whose classes are already in), against the rule
 * files of the root project. Paths in the reports are relative to the root.
 *
 * @param root the top-level project, whose policies and packages the analysis uses
 * @param modules every module of the reactor, in build order, with its name
 */
record ReactorInputs(ProjectInputs root, Map<String, ProjectInputs> modules) {

    ReactorInputs {
        modules = new LinkedHashMap<>(modules);
    }

    AnalyzerConfig toConfig() {
        List<AnalyzerConfig> configs = modules.values().stream().map(ProjectInputs::toConfig).toList();
        Set<Path> sources = new LinkedHashSet<>();
        Set<Path> classes = new LinkedHashSet<>();
        configs.forEach(c -> sources.addAll(c.sourceRoots()));
        configs.forEach(c -> classes.addAll(c.classes()));
        Map<Path, Dependency> dependencies = new LinkedHashMap<>();
        configs.stream().flatMap(c -> c.dependencies().stream())
                .filter(d -> !classes.contains(d.file()))
                .forEach(d -> dependencies.putIfAbsent(d.file(), d));
        AnalyzerConfig rootConfig = root.toConfig();
        return new AnalyzerConfig(root.baseDir(), List.copyOf(sources), List.copyOf(classes),
                List.copyOf(dependencies.values()), rootConfig.dependencyPackages(), rootConfig.policies(), 0);
    }

    /**
     * The findings per module, one line each in build order: the module's name and its errors,
     * warnings and notes. A finding belongs to the module whose folder holds its file; findings
     * about rule files outside every module are counted under the root.
     */
    List<String> totals(Result result) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        modules.keySet().forEach(name -> counts.put(name, new int[Severity.values().length]));
        List<Map.Entry<String, Path>> byDepth = new ArrayList<>();
        modules.forEach((name, inputs) -> byDepth.add(Map.entry(name, relative(inputs.baseDir()))));
        byDepth.sort(Comparator.comparingInt((Map.Entry<String, Path> e) -> depth(e.getValue())).reversed());
        String rootName = byDepth.stream().filter(e -> depth(e.getValue()) == 0).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        for (Finding finding : result.findings()) {
            String owner = finding.file() == null ? rootName : byDepth.stream()
                    .filter(e -> Path.of(finding.file()).startsWith(e.getValue()))
                    .map(Map.Entry::getKey).findFirst().orElse(rootName);
            if (owner != null) {
                counts.get(owner)[finding.severity().ordinal()]++;
            }
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((name, n) -> lines.add(name + ": "
                + FailureMessages.plural(n[Severity.ERROR.ordinal()], "error") + ", "
                + FailureMessages.plural(n[Severity.WARNING.ordinal()], "warning") + ", "
                + FailureMessages.plural(n[Severity.NOTE.ordinal()], "note")));
        return lines;
    }

    private static int depth(Path relative) {
        return relative.toString().isEmpty() ? 0 : relative.getNameCount();
    }

    private Path relative(Path moduleDir) {
        return root.baseDir().toAbsolutePath().normalize().relativize(moduleDir.toAbsolutePath().normalize());
    }
}
