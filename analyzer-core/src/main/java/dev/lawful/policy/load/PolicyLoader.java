package dev.lawful.policy.load;

import dev.lawful.policy.NameSuggester;

import dev.lawful.ConfigurationException;
import dev.lawful.Problem;
import dev.lawful.policy.Policy;
import dev.lawful.policy.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads rule files into one {@link Policy}. A reference is a file path or {@code builtin:NAME}
 * (the class-path resource {@code lawful/rules/NAME.yaml}). Each file's {@code extends} chain
 * is loaded before it, paths relative to the extending file; several references compose left
 * to right as if each extended the previous one; a file reached twice is loaded once. All
 * problems of all files are collected and thrown together.
 */
public final class PolicyLoader {

    /** The rule set used when no reference is given. */
    public static final String DEFAULT_REF = "builtin:gdpr";

    private static final String BUILTIN = "builtin:";
    private static final String RESOURCE_DIR = "lawful/rules/";
    private static final String BUILTIN_INDEX = RESOURCE_DIR + "builtins.txt";
    private static final Pattern BUILTIN_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final ClassLoader classLoader;
    private final Path baseDir;

    /** @param classLoader where bundled rule sets ({@code lawful/rules/NAME.yaml}) are found */
    public PolicyLoader(ClassLoader classLoader) {
        this(classLoader, Path.of(""));
    }

    /**
     * @param classLoader where bundled rule sets ({@code lawful/rules/NAME.yaml}) are found
     * @param baseDir relative paths are resolved against it, and files under it are named
     *     relative to it in messages and reports, so that output does not depend on the machine
     */
    public PolicyLoader(ClassLoader classLoader, Path baseDir) {
        this.classLoader = classLoader;
        this.baseDir = baseDir.toAbsolutePath().normalize();
    }

    /**
     * Loads and composes the rule files.
     *
     * @param refs paths or {@code builtin:NAME}, base first; empty means {@value #DEFAULT_REF}
     * @throws ConfigurationException listing every problem, each with file, line and column
     */
    public Policy load(List<String> refs) throws ConfigurationException {
        Problems problems = new Problems();
        Chain chain = new Chain(problems);
        for (String ref : refs.isEmpty() ? List.of(DEFAULT_REF) : refs) {
            resolve(ref, null, null, problems).ifPresent(source -> chain.add(source, null));
        }
        if (chain.files.isEmpty() || chain.unreadable) {
            throw failure(problems);
        }
        PolicyComposer composer = new PolicyComposer(problems);
        Policy policy = composer.compose(chain.files);
        new ReferenceValidator(policy).check(chain.files, composer, problems);
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return policy;
    }

    private static ConfigurationException failure(Problems problems) {
        List<Problem> sorted = problems.sorted();
        return new ConfigurationException(sorted.isEmpty()
                ? List.of(new Problem(null, "no rule file could be loaded")) : sorted);
    }

    /**
     * Resolves a reference: from the command line ({@code from} null) or from an
     * {@code extends} entry of the file {@code from}.
     */
    private Optional<RuleSource> resolve(String ref, RuleSource from, SourceRef where, Problems problems) {
        if (ref.startsWith(BUILTIN)) {
            return builtin(ref, where, problems);
        }
        if (from != null && from.isBuiltin()) {
            problems.add(where, "a bundled rule set can only extend bundled rule sets (builtin:NAME), found '"
                    + ref + "'");
            return Optional.empty();
        }
        Path path;
        try {
            path = from == null ? baseDir.resolve(ref).normalize() : parentOf(from.path()).resolve(ref).normalize();
        } catch (InvalidPathException e) {
            problems.add(where, "'" + ref + "' is not a valid path: " + e.getReason());
            return Optional.empty();
        }
        String display = displayName(path);
        if (!Files.isRegularFile(path)) {
            String reason = Files.isDirectory(path) ? "is a directory, not a rule file" : "no such rule file";
            problems.add(where, (from == null ? "rule file '" + ref + "'" : "extends '" + ref + "' (" + display + ")")
                    + ": " + reason);
            return Optional.empty();
        }
        return Optional.of(new RuleSource(display, path.toAbsolutePath().normalize().toString(), path, null));
    }

    /**
     * The path relative to the base folder when they share a top folder ({@code ../lawful.yaml}
     * for a module whose rule file is at the reactor root), else as it is; with '/'.
     */
    private String displayName(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        boolean nearby = absolute.getNameCount() > 0 && baseDir.getNameCount() > 0
                && absolute.getRoot().equals(baseDir.getRoot()) && absolute.getName(0).equals(baseDir.getName(0));
        Path shown = nearby ? baseDir.relativize(absolute) : path;
        return shown.toString().replace('\\', '/');
    }

    private static Path parentOf(Path file) {
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }

    private Optional<RuleSource> builtin(String ref, SourceRef where, Problems problems) {
        String name = ref.substring(BUILTIN.length());
        String resource = RESOURCE_DIR + name + ".yaml";
        if (!BUILTIN_NAME.matcher(name).matches() || classLoader.getResource(resource) == null) {
            List<String> known = builtinNames();
            problems.add(where, "unknown bundled rule set '" + ref + "'"
                    + NameSuggester.hint(ref, known.stream().map(n -> BUILTIN + n).toList())
                    + (known.isEmpty() ? "; the lawful-rules jar is not on the class path"
                            : " (bundled: " + String.join(", ", known.stream().map(n -> BUILTIN + n).toList()) + ")"));
            return Optional.empty();
        }
        return Optional.of(new RuleSource(ref, ref, null, resource));
    }

    private List<String> builtinNames() {
        try (InputStream in = classLoader.getResourceAsStream(BUILTIN_INDEX)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Reader open(RuleSource source) throws IOException {
        InputStream in = source.isBuiltin()
                ? classLoader.getResourceAsStream(source.resource())
                : Files.newInputStream(source.path());
        if (in == null) {
            throw new IOException("resource " + source.resource() + " disappeared");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** The files of the composition in order, base first, each read once. */
    private final class Chain {

        private final Problems problems;
        private final List<RuleFile> files = new ArrayList<>();
        private final Set<String> done = new HashSet<>();
        private final Deque<RuleSource> open = new ArrayDeque<>();
        private boolean unreadable;

        Chain(Problems problems) {
            this.problems = problems;
        }

        void add(RuleSource source, Scalar via) {
            if (done.contains(source.identity())) {
                return;
            }
            if (open.stream().anyMatch(s -> s.identity().equals(source.identity()))) {
                problems.add(via.ref(), "extends cycle: " + cycle(source) + "; a rule file cannot extend itself");
                return;
            }
            open.push(source);
            Optional<RuleFile> file = read(source);
            file.ifPresent(f -> f.extendsRefs.forEach(ref ->
                    resolve(ref.value(), source, ref.ref(), problems).ifPresent(parent -> add(parent, ref))));
            open.pop();
            done.add(source.identity());
            file.ifPresent(files::add);
        }

        private String cycle(RuleSource repeated) {
            List<String> names = new ArrayList<>();
            for (RuleSource source : open) {
                names.add(0, source.display());
                if (source.identity().equals(repeated.identity())) {
                    break;
                }
            }
            names.add(repeated.display());
            return String.join(" -> ", names);
        }

        private Optional<RuleFile> read(RuleSource source) {
            ParseContext context = new ParseContext(source.display(), problems);
            Optional<Node> root;
            try (Reader reader = open(source)) {
                root = new SafeYamlReader().read(reader, source.display(), problems);
            } catch (CharacterCodingException e) {
                problems.add(SourceRef.of(source.display()), "not a UTF-8 text file");
                root = Optional.empty();
            } catch (IOException e) {
                problems.add(SourceRef.of(source.display()), "cannot read the rule file: " + e.getMessage());
                root = Optional.empty();
            } catch (org.yaml.snakeyaml.error.YAMLException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    problems.add(SourceRef.of(source.display()), "not a UTF-8 text file");
                } else {
                    problems.add(SourceRef.of(source.display()), "unreadable YAML: " + e.getMessage());
                }
                root = Optional.empty();
            }
            if (root.isEmpty()) {
                unreadable = true;
                return Optional.empty();
            }
            return Optional.of(new RuleFileParser().parse(root.get(), context));
        }
    }
}
