package dev.lawful.scan.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.lawful.policy.FlowVocabulary;
import dev.lawful.policy.Sink;
import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Parses every {@code .java} file under the given roots with JavaParser and keeps, per file,
 * only what the classifier and recipient detection need ({@link SourceFileScan}). Files are
 * parsed in parallel, one parser per worker thread; each syntax tree is dropped as soon as
 * its file is done. A file that cannot be read or parsed becomes a {@link ParseProblem} and
 * the scan goes on.
 */
public final class SourceScanner {

    /**
     * The parser threads' stack: JavaParser descends once per nesting level. With 64 MB a
     * field initializer nested 10,000 parentheses deep and a generic type nested 20,000 levels
     * parse; the JVM's default (1 MB) stops below 3,000. The stack is reserved, not used, until
     * a deep file needs it.
     */
    static final long PARSER_STACK_BYTES = 64L * 1024 * 1024;

    private final int threads;
    private final boolean blankBodies;
    private final SourceSelection selection;
    private final ScanCache cache;
    private final SinkPrefilter prefilter;
    private final SinkCatalog catalog;
    private final FlowVocabulary vocabulary;
    private final List<Sink> sinks;

    /** @param threads worker threads; 0 means one per available processor */
    public SourceScanner(int threads) {
        this(threads, true, SourceSelection.ALL);
    }

    /**
     * @param threads worker threads; 0 means one per available processor
     * @param selection which files under the roots are read, and their encoding
     */
    public SourceScanner(int threads, SourceSelection selection) {
        this(threads, true, selection);
    }

    /**
     * @param threads worker threads; 0 means one per available processor
     * @param blankBodies whether method bodies are blanked before parsing ({@link BodyBlanker});
     *     off only to measure or verify that it changes nothing
     */
    public SourceScanner(int threads, boolean blankBodies) {
        this(threads, blankBodies, SourceSelection.ALL);
    }

    /**
     * @param threads worker threads; 0 means one per available processor
     * @param blankBodies whether method bodies are blanked before parsing ({@link BodyBlanker});
     *     off only to measure or verify that it changes nothing
     * @param selection which files under the roots are read, and their encoding
     */
    private SourceScanner(int threads, boolean blankBodies, SourceSelection selection) {
        this(threads, blankBodies, selection, null, List.of(), FlowVocabulary.NONE);
    }

    /**
     * A scanner that also finds flows into sinks: the bodies a cheap pre-filter finds a sink
     * in are parsed, and the flow analysis runs on them ({@link SourceFileScan#sinkCalls()}).
     *
     * @param sinks the policy's sinks; none means no flow analysis
     */
    public SourceScanner(int threads, Collection<Sink> sinks, FlowVocabulary vocabulary) {
        this(threads, true, SourceSelection.ALL, null, sinks, vocabulary);
    }

    private SourceScanner(int threads, boolean blankBodies, SourceSelection selection, ScanCache cache,
            Collection<Sink> sinks, FlowVocabulary vocabulary) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per processor) or more, was " + threads);
        }
        this.threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        this.blankBodies = blankBodies;
        this.selection = selection;
        this.cache = cache;
        this.prefilter = sinks.isEmpty() ? SinkPrefilter.NONE : new SinkPrefilter(sinks, vocabulary.mutators());
        this.catalog = new SinkCatalog(sinks);
        this.vocabulary = vocabulary;
        this.sinks = List.copyOf(sinks);
    }

    /**
     * Scans the roots. A root that is a single {@code .java} file is scanned too.
     *
     * @param baseDir paths in the result are relative to this, with '/'
     */
    public SourceScanResult scan(Path baseDir, List<Path> roots) {
        List<ParseProblem> problems = new ArrayList<>();
        List<Path> files = javaFiles(baseDir, roots, problems, new HashMap<>());
        FileOutcome[] outcomes = parseAll(baseDir, files);
        List<SourceFileScan> scans = new ArrayList<>(files.size());
        int flowFiles = 0;
        int sinkBodies = 0;
        for (FileOutcome outcome : outcomes) {
            if (outcome.scan() != null) {
                scans.add(outcome.scan());
                flowFiles += outcome.sinkBodies() > 0 ? 1 : 0;
                sinkBodies += outcome.sinkBodies();
            }
            if (outcome.problem() != null) {
                problems.add(outcome.problem());
            }
        }
        problems.sort(Comparator.comparing(ParseProblem::file)
                .thenComparingInt(ParseProblem::line)
                .thenComparingInt(ParseProblem::column));
        return new SourceScanResult(scans, problems, files.size(), flowFiles, sinkBodies);
    }

    /**
     * Takes unchanged files from {@code scanCache} instead of parsing them, and remembers the
     * others there; the caller saves it.
     */
    public SourceScanner withCache(ScanCache scanCache) {
        return new SourceScanner(threads, blankBodies, selection, scanCache, sinks, vocabulary);
    }

    /**
     * Also finds flows into {@code newSinks}: the bodies a cheap pre-filter finds a sink in are
     * parsed, and the flow analysis runs on them ({@link SourceFileScan#sinkCalls()}).
     */
    public SourceScanner withSinks(Collection<Sink> newSinks, FlowVocabulary newVocabulary) {
        return new SourceScanner(threads, blankBodies, selection, cache, newSinks, newVocabulary);
    }

    /** The source files a scan of {@code roots} reads, in scan order. */
    public List<Path> files(Path baseDir, List<Path> roots) {
        return javaFiles(baseDir, roots, new ArrayList<>(), new HashMap<>());
    }

    /**
     * The source files a scan of {@code roots} reads, in scan order, each with the attributes
     * the listing read (null for a link, whose own attributes are not its target's): a caller
     * that needs every file's size and time then makes no second file-system call per file.
     */
    public Map<Path, BasicFileAttributes> filesWithAttributes(Path baseDir, List<Path> roots) {
        Map<Path, BasicFileAttributes> attributes = new HashMap<>();
        Map<Path, BasicFileAttributes> listed = new LinkedHashMap<>();
        for (Path file : javaFiles(baseDir, roots, new ArrayList<>(), attributes)) {
            listed.put(file, attributes.get(file));
        }
        return Collections.unmodifiableMap(listed);
    }

    /**
     * Creates a parser configured as the scanner uses it; one per thread. Unicode escapes
     * ({@code f\u00f6delsedatum}) are decoded before lexing, as javac does, so names, annotation
     * values and Javadoc read as written; positions stay those of the file.
     */
    public static JavaParser newParser() {
        return newParser(1);
    }

    /** A parser that counts a tab as {@code tabSize} columns (to the next multiple of it), for a blanked text. */
    static JavaParser newParser(int tabSize) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setTabSize(tabSize)
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setStoreTokens(true)
                .setPreprocessUnicodeEscapes(true)
                .setLexicalPreservationEnabled(false)
                .setAttributeComments(true);
        return new JavaParser(configuration);
    }

    /** @param attributes receives the attributes the walk read of each regular file it lists */
    private List<Path> javaFiles(Path baseDir, List<Path> roots, List<ParseProblem> problems,
            Map<Path, BasicFileAttributes> attributes) {
        // keyed by the relative path, computed once per file rather than on every comparison
        TreeMap<String, Path> files = new TreeMap<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.putIfAbsent(SourcePaths.relative(baseDir, root), root);
                continue;
            }
            if (!Files.isDirectory(root)) {
                problems.add(new ParseProblem(SourcePaths.relative(baseDir, root), 0, 0,
                        "source root does not exist or is not a folder"));
                continue;
            }
            try (Stream<Path> walk = Files.find(root, Integer.MAX_VALUE, (path, read) -> {
                if (!isJavaFile(path, read)) {
                    return false;
                }
                if (read.isRegularFile()) {
                    attributes.put(path, read);
                }
                return true;
            })) {
                walk.filter(path -> selection.accepts(root.relativize(path)))
                        .forEach(path -> files.putIfAbsent(SourcePaths.relative(baseDir, path), path));
            } catch (IOException | UncheckedIOException e) {
                problems.add(new ParseProblem(SourcePaths.relative(baseDir, root), 0, 0,
                        "cannot list source folder: " + e.getMessage()));
            }
        }
        return List.copyOf(files.values());
    }

    /**
     * A regular {@code .java} file, or a link to one, judged by the attributes the walk has
     * already read: one file-system call per file, which on an unchanged run is most of the
     * cost of listing.
     */
    private static boolean isJavaFile(Path path, BasicFileAttributes attributes) {
        if (!path.getFileName().toString().endsWith(".java")) {
            return false;
        }
        return attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(path);
    }

    private FileOutcome[] parseAll(Path baseDir, List<Path> files) {
        FileOutcome[] outcomes = new FileOutcome[files.size()];
        int workers = Math.max(1, Math.min(threads, files.size()));
        ParseMemory memory = ParseMemory.ofHeap();
        ExecutorService pool = Executors.newFixedThreadPool(workers,
                runnable -> {
                    Thread thread = new Thread(null, runnable, "lawful-source-scan", PARSER_STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(new Worker(baseDir, files, outcomes, next, memory, selection.encoding(), cache)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("source scan interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("source scan failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    /** A worker owns one parser and takes files by index until none are left. */
    private final class Worker implements Runnable {

        private final Path baseDir;
        private final List<Path> files;
        private final FileOutcome[] outcomes;
        private final AtomicInteger next;
        private final ParseMemory memory;
        private final Charset encoding;
        private final ScanCache cache;

        Worker(Path baseDir, List<Path> files, FileOutcome[] outcomes, AtomicInteger next, ParseMemory memory,
                Charset encoding, ScanCache cache) {
            this.encoding = encoding;
            this.cache = cache;
            this.baseDir = baseDir;
            this.files = files;
            this.outcomes = outcomes;
            this.next = next;
            this.memory = memory;
        }

        /** For blanked texts written with tabs ({@link BodyBlanker#TAB_SIZE}); the one {@link #run} passes on is for the others. */
        private JavaParser tabbedParser;

        @Override
        public void run() {
            JavaParser parser = newParser();
            tabbedParser = newParser(BodyBlanker.TAB_SIZE);
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                outcomes[i] = scanFile(parser, files.get(i));
            }
        }

        private FileOutcome scanFile(JavaParser parser, Path file) {
            String relative = SourcePaths.relative(baseDir, file);
            String text;
            String sha256 = null;
            long size;
            try {
                byte[] bytes = Files.readAllBytes(file);
                size = bytes.length;
                if (cache != null) {
                    sha256 = ScanCache.sha256(bytes);
                    SourceFileScan cached = cache.lookUp(relative, sha256);
                    if (cached != null) {
                        return FileOutcome.scanned(cached, 0);
                    }
                }
                text = SourceText.decode(bytes, encoding);
            } catch (NoSuchFileException e) {
                return FileOutcome.failed(new ParseProblem(relative, 0, 0, "file disappeared during the scan"));
            } catch (IOException e) {
                return FileOutcome.failed(new ParseProblem(relative, 0, 0, "cannot read file: " + e.getMessage()));
            }
            FileOutcome outcome = parseGuarded(parser, relative, size, text);
            if (cache != null && outcome.scan() != null && outcome.problem() == null) {
                cache.store(relative, sha256, outcome.scan());
            }
            return outcome;
        }

        private FileOutcome parseGuarded(JavaParser parser, String relative, long size, String text) {
            try {
                return parseFile(parser, relative, size, text);
            } catch (OutOfMemoryError e) {
                return FileOutcome.failed(new ParseProblem(relative, 0, 0, "ran out of memory parsing the file ("
                        + ParseMemory.size(size) + ", maximum heap " + ParseMemory.size(Runtime.getRuntime().maxMemory())
                        + "); give the JVM more memory (-Xmx) or leave the file out of the scan"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FileOutcome.failed(new ParseProblem(relative, 0, 0, "scan interrupted before the file was parsed"));
            } catch (RuntimeException e) {
                return FileOutcome.failed(new ParseProblem(relative, 0, 0, "parser failed: " + e));
            }
        }

        /**
         * The blanked text first (with the bodies the sink pre-filter keeps); every body blanked
         * when a kept one does not parse; the whole text when that does not parse either; the declarations alone (initializers skipped too, no flows) when
         * the parser's stack overflows on either.
         */
        private FileOutcome parseFile(JavaParser parser, String relative, long size, String text)
                throws InterruptedException {
            BodyBlanker.Blanked blanked = blankBodies ? BodyBlanker.blank(text, prefilter) : null;
            String first = blanked != null ? blanked.text() : text;
            if (!memory.fits(first.length())) {
                return FileOutcome.failed(new ParseProblem(relative, 0, 0, memory.refusal(size, first.length())));
            }
            try {
                FileOutcome outcome = blanked != null
                        ? parse(parser, relative, first, blanked, blanked.keptBodies() > 0, blanked.sinkBodies())
                        : parse(parser, relative, text, null, hasSinks(), hasSinks() ? 1 : 0);
                if (outcome.scan() != null || blanked == null) {
                    return outcome;
                }
                if (blanked.keptBodies() > 0) {
                    FileOutcome fields = withoutFlows(parser, relative, text, outcome.problem());
                    if (fields.scan() != null) {
                        return fields;
                    }
                }
                if (!memory.fits(text.length())) {
                    return outcome;
                }
                return parse(parser, relative, text, null, hasSinks(), hasSinks() ? 1 : 0);
            } catch (StackOverflowError e) {
                return declarationsOnly(parser, relative, text);
            }
        }

        private boolean hasSinks() {
            return !catalog.isEmpty();
        }

        /**
         * A kept body the parser cannot read (JavaParser rejects some valid code, such as a
         * {@code yield} in a switch expression's block): the file is read with every body blanked,
         * as without flows, so that its fields are not lost with its flows, and the problem says so.
         */
        private FileOutcome withoutFlows(JavaParser parser, String relative, String text, ParseProblem problem)
                throws InterruptedException {
            BodyBlanker.Blanked fieldsOnly = BodyBlanker.blank(text);
            FileOutcome outcome = parse(parser, relative, fieldsOnly.text(), fieldsOnly, false, 0);
            if (outcome.scan() == null) {
                return outcome;
            }
            return new FileOutcome(outcome.scan(), new ParseProblem(relative, problem.line(), problem.column(),
                    problem.message() + " (in a method body: the file's fields were read, its flows were not"
                    + " analysed)"), 0);
        }

        private FileOutcome declarationsOnly(JavaParser parser, String relative, String text) throws InterruptedException {
            BodyBlanker.Blanked declarations = BodyBlanker.declarationsOnly(text);
            try {
                FileOutcome outcome = parse(parser, relative, declarations.text(), declarations, false, 0);
                if (outcome.scan() == null) {
                    return outcome;
                }
                DeepestNesting deepest = DeepestNesting.of(text);
                return new FileOutcome(outcome.scan(), new ParseProblem(relative, deepest.line(), deepest.column(),
                        "nested too deep to parse whole (" + deepest.depth() + " levels deep here)"
                        + " (the parser's stack overflowed); read its declarations only: method bodies and field"
                        + " initializers were skipped"), 0);
            } catch (StackOverflowError e) {
                DeepestNesting deepest = DeepestNesting.of(declarations.text());
                return FileOutcome.failed(new ParseProblem(relative, deepest.line(), deepest.column(),
                        "nested too deep to parse, even with method"
                        + " bodies and field initializers skipped (the parser's stack overflowed): a type or an"
                        + " annotation nests too deep"));
            }
        }

        /**
         * Parses {@code text} within the parse-memory budget and reads it; with {@code flows},
         * the flow analysis reads the kept bodies while the syntax tree is still held.
         *
         * @param blanked what blanking took out of {@code text} (its bodies' literals, its
         *     imports), or null when {@code text} is the whole file
         * @param sinkBodies how many bodies the pre-filter kept because they may call a sink
         */
        private FileOutcome parse(JavaParser parser, String relative, String text, BodyBlanker.Blanked blanked,
                boolean flows, int sinkBodies) throws InterruptedException {
            try (ParseMemory.Lease lease = memory.reserve(text.length())) {
                boolean tabbed = blanked != null && blanked.tabSize() == BodyBlanker.TAB_SIZE;
                ParseResult<CompilationUnit> result = (tabbed ? tabbedParser : parser).parse(text);
                if (!parsed(result)) {
                    return FileOutcome.failed(problemOf(relative, result.getProblems()));
                }
                CompilationUnit unit = result.getResult().get();
                List<DeclaredImport> imports = blanked != null ? blanked.importsWith(unit) : DeclaredImport.of(unit);
                List<SourceFileScan.Literal> bodyLiterals = blanked != null ? blanked.bodyLiterals() : List.of();
                ParsedUnit parsed = ParsedUnit.of(unit, imports);
                SourceFileScan scan = new CompilationUnitReader(relative).read(parsed, bodyLiterals);
                if (flows && hasSinks()) {
                    FlowExtractor.Facts facts = new FlowExtractor(catalog, vocabulary, relative).extract(parsed);
                    scan = new SourceFileScan(scan.path(), scan.types(), scan.imports(), scan.stringLiterals(),
                            facts.sinkCalls(), facts.toStringMembers());
                }
                return FileOutcome.scanned(scan, sinkBodies);
            }
        }

        private static boolean parsed(ParseResult<CompilationUnit> result) {
            return result.isSuccessful() && result.getResult().isPresent();
        }

        private static ParseProblem problemOf(String file, List<Problem> problems) {
            if (problems.isEmpty()) {
                return new ParseProblem(file, 0, 0, "the parser produced no syntax tree");
            }
            Problem first = problems.get(0);
            String message = first.getMessage().lines().findFirst().orElse("syntax error");
            int[] at = ParserPositions.of(first);
            if (problems.size() > 1) {
                message += " (and " + (problems.size() - 1) + " more)";
            }
            return new ParseProblem(file, at[0], at[1], message);
        }
    }

    /**
     * What one file gave: its scan, a problem, or both (a scan that skipped something, and says
     * what), and how many of its bodies were kept because they may call a sink.
     */
    private record FileOutcome(SourceFileScan scan, ParseProblem problem, int sinkBodies) {

        static FileOutcome scanned(SourceFileScan scan, int sinkBodies) {
            return new FileOutcome(scan, null, sinkBodies);
        }

        static FileOutcome failed(ParseProblem problem) {
            return new FileOutcome(null, problem, 0);
        }
    }
}
