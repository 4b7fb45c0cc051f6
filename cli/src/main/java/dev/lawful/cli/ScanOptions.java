package dev.lawful.cli;

import dev.lawful.AnalyzerConfig;
import dev.lawful.scan.bytecode.Dependency;
import dev.lawful.classify.ClassifierKind;
import dev.lawful.scan.source.SourceSelection;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The one options mixin of scan and explain: the rule files, and what to scan besides the
 * source folders (which each command takes as positional parameters).
 */
final class ScanOptions {

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE|builtin:NAME",
            description = "A rule file, or a bundled rule set (builtin:gdpr, builtin:jalonom). Repeatable; later ones extend earlier ones. Default: builtin:gdpr.")
    List<String> policies = new ArrayList<>();

    @Option(names = "--allow-rules-from", paramLabel = "DIR",
            description = "A folder outside the base folder that rule files (and their extends) may be read from. Repeatable. Without it, only the base folder and bundled rule sets.")
    List<Path> allowRulesFrom = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "PATH", split = "${sys:path.separator}",
            description = "Your own compiled classes: folders and jars, scanned in full. Repeatable or separated by '${sys:path.separator}'.")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--dependencies", paramLabel = "JAR", split = "${sys:path.separator}",
            description = "Dependency jars: searched for third-party services; their fields are inventoried only in --packages.")
    List<Path> dependencies = new ArrayList<>();

    @Option(names = "--packages", paramLabel = "PACKAGE", split = ",",
            description = "Package prefixes whose classes in --dependencies are your model.")
    List<String> packages = new ArrayList<>();

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "Report paths relative to this folder. Default: the current folder, or the folders' common parent when they lie outside it.")
    Path baseDir;

    @Option(names = "--threads", paramLabel = "N", description = "Parser and classifier threads. Default: one per processor.")
    int threads;

    @Option(names = "--classifier", paramLabel = "NAME",
            description = "Which classifier decides what is personal data: rules or weighed (see docs/classification.md). Default: rules.")
    String classifier;

    @Option(names = "--include", paramLabel = "GLOB", split = ",",
            description = "Only source files matching this glob, relative to their source folder (com/acme/model/**). Repeatable.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
            description = "Leave out source files matching this glob, relative to their source folder (**/generated/**). Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The sources' encoding. Default: UTF-8, and ISO-8859-1 for a file that is not valid UTF-8; a byte order mark always decides.")
    String encoding;

    /**
     * Refuses settings the analysis cannot use, as usage errors.
     *
     * @param sourceRoots the command's source folders, which {@code --base-dir} must contain
     */
    void validate(CommandLine commandLine, List<Path> sourceRoots) {
        if (sourceRoots.isEmpty() && classpath.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "Nothing to scan: give a source folder or --classpath");
        }
        if (threads < 0) {
            throw new CommandLine.ParameterException(commandLine,
                    "--threads must be 0 (one per processor) or more, found " + threads);
        }
        if (classifier != null && ClassifierKind.parse(classifier).isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "--classifier must be one of "
                    + String.join(", ", ClassifierKind.ids()) + ", found '" + classifier + "'");
        }
        RuleFolderOption.validate(commandLine, allowRulesFrom);
        charset(commandLine);
        if (baseDir == null) {
            return;
        }
        Path base = baseDir.toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>(sourceRoots);
        roots.addAll(classpath);
        for (Path root : roots) {
            if (!root.toAbsolutePath().normalize().startsWith(base)) {
                throw new CommandLine.ParameterException(commandLine, "--base-dir " + baseDir + " does not contain "
                        + root + ": report paths are relative to it, so it must contain what is scanned");
            }
        }
    }

    /** The {@code --encoding}, or null; an unknown one is a usage error. */
    private Charset charset(CommandLine commandLine) {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CommandLine.ParameterException(commandLine, "--encoding " + encoding
                    + " is not an encoding this Java runtime knows; for example UTF-8, ISO-8859-1, windows-1252");
        }
    }

    /** @param sourceRoots the command's source folders, which the default base folder must contain */
    Path baseDir(List<Path> sourceRoots) {
        if (baseDir != null) {
            return baseDir.toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>(sourceRoots);
        roots.addAll(classpath);
        List<Path> absolute = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (absolute.stream().allMatch(p -> p.startsWith(cwd))) {
            return cwd;
        }
        return commonParent(absolute);
    }

    private static Path commonParent(List<Path> paths) {
        Path common = paths.get(0).getParent() == null ? paths.get(0) : paths.get(0).getParent();
        for (Path path : paths) {
            while (!path.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    /** The analyzer's configuration for these options and the command's source folders. */
    AnalyzerConfig config(List<Path> sourceRoots) {
        return config(sourceRoots, resolvedPolicies());
    }

    /** The same with other rule files than {@code --policy}'s (init's {@code --extends}). */
    AnalyzerConfig config(List<Path> sourceRoots, List<String> ruleFiles) {
        List<Dependency> jars = dependencies.stream()
                .map(jar -> new Dependency(jar, null))
                .toList();
        ClassifierKind kind = classifier == null ? ClassifierKind.DEFAULT : ClassifierKind.parse(classifier).orElseThrow();
        Charset charset = encoding == null ? null : Charset.forName(encoding);
        return new AnalyzerConfig(baseDir(sourceRoots), sourceRoots, classpath, jars, packages, ruleFiles, threads, kind,
                new SourceSelection(includes, excludes, charset), RuleFolderOption.folders(allowRulesFrom));
    }

    /** The rule files with their paths made absolute, since the analyzer resolves relative ones against the base folder. */
    private List<String> resolvedPolicies() {
        return policies.stream()
                .map(ref -> ref.startsWith("builtin:") ? ref : Path.of(ref).toAbsolutePath().normalize().toString())
                .toList();
    }
}
