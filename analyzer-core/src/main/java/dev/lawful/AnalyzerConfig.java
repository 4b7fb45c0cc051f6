package dev.lawful;

import dev.lawful.scan.bytecode.Dependency;
import dev.lawful.classify.ClassifierKind;
import dev.lawful.policy.load.RuleFolders;
import dev.lawful.scan.source.SourceSelection;
import java.nio.file.Path;
import java.util.List;

/**
 * What to analyse and against which policy. The CLI and the Maven plugin both build one
 * of these and call {@link Analyzer}, so both behave the same.
 *
 * @param baseDir paths in reports are relative to this (the project or repository root)
 * @param sourceRoots folders of Java sources
 * @param classes the user's own compiled classes: folders and jars, scanned in full
 * @param dependencies dependency jars: searched for third-party services; their fields are
 *     inventoried only in {@code dependencyPackages}
 * @param dependencyPackages package prefixes whose classes in dependency jars are the user's model
 * @param policies rule files (paths) or bundled rule sets ({@code builtin:NAME}); empty means
 *     {@code builtin:gdpr}
 * @param threads parser and classifier threads; 0 means one per available processor
 * @param classifier which classifier decides what is personal data
 * @param selection which source files under the roots are read (includes, excludes) and their
 *     encoding
 * @param ruleFolders the folders besides {@code baseDir} that rule files may be read from
 */
public record AnalyzerConfig(
        Path baseDir,
        List<Path> sourceRoots,
        List<Path> classes,
        List<Dependency> dependencies,
        List<String> dependencyPackages,
        List<String> policies,
        int threads,
        ClassifierKind classifier,
        SourceSelection selection,
        RuleFolders ruleFolders) {

    /** With the default classifier, every source file under the roots, its encoding detected. */
    public AnalyzerConfig(Path baseDir, List<Path> sourceRoots, List<Path> classes, List<Dependency> dependencies,
            List<String> dependencyPackages, List<String> policies, int threads) {
        this(baseDir, sourceRoots, classes, dependencies, dependencyPackages, policies, threads, ClassifierKind.DEFAULT,
                SourceSelection.ALL);
    }

    /** Rule files read only from {@code baseDir}. */
    public AnalyzerConfig(Path baseDir, List<Path> sourceRoots, List<Path> classes, List<Dependency> dependencies,
            List<String> dependencyPackages, List<String> policies, int threads, ClassifierKind classifier,
            SourceSelection selection) {
        this(baseDir, sourceRoots, classes, dependencies, dependencyPackages, policies, threads, classifier, selection,
                RuleFolders.BASE_ONLY);
    }

    /** The same configuration reading rule files also from the given folders. */
    public AnalyzerConfig withRuleFolders(RuleFolders folders) {
        return new AnalyzerConfig(baseDir, sourceRoots, classes, dependencies, dependencyPackages, policies, threads,
                classifier, selection, folders);
    }

    /** The same configuration with another classifier. */
    public AnalyzerConfig withClassifier(ClassifierKind kind) {
        return new AnalyzerConfig(baseDir, sourceRoots, classes, dependencies, dependencyPackages, policies, threads, kind,
                selection, ruleFolders);
    }

    /** The same configuration reading the sources as {@code newSelection} says. */
    public AnalyzerConfig withSelection(SourceSelection newSelection) {
        return new AnalyzerConfig(baseDir, sourceRoots, classes, dependencies, dependencyPackages, policies, threads,
                classifier, newSelection, ruleFolders);
    }

    public AnalyzerConfig {
        classifier = classifier == null ? ClassifierKind.DEFAULT : classifier;
        selection = selection == null ? SourceSelection.ALL : selection;
        ruleFolders = ruleFolders == null ? RuleFolders.BASE_ONLY : ruleFolders;
        sourceRoots = List.copyOf(sourceRoots);
        classes = List.copyOf(classes);
        dependencies = List.copyOf(dependencies);
        dependencyPackages = List.copyOf(dependencyPackages);
        policies = List.copyOf(policies);
    }

    /** Only sources, against the given policies. */
    public static AnalyzerConfig ofSources(Path baseDir, List<Path> sourceRoots, List<String> policies) {
        return new AnalyzerConfig(baseDir, sourceRoots, List.of(), List.of(), List.of(), policies, 0);
    }
}
