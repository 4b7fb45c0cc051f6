package dev.lawful;

import dev.lawful.bind.BoundDeclaration;
import dev.lawful.bind.DeclarationBinder;
import dev.lawful.check.BaselineStatus;
import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.Checks;
import dev.lawful.check.Finding;
import dev.lawful.check.RuleDescriptor;
import dev.lawful.check.Snippet;
import dev.lawful.check.SnippetCollector;
import dev.lawful.check.Suppressions;
import dev.lawful.classify.Classification;
import dev.lawful.classify.Classifier;
import dev.lawful.classify.Codebase;
import dev.lawful.inventory.InventoryBuilder;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.inventory.flow.FlowResolver;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.recipient.Endpoints;
import dev.lawful.recipient.RecipientDetector;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.TypeInfo;
import dev.lawful.scan.bytecode.BytecodeScan;
import dev.lawful.scan.bytecode.BytecodeScanner;
import dev.lawful.scan.bytecode.SourceFirst;
import dev.lawful.scan.source.SourceScanResult;
import dev.lawful.scan.source.ScanCache;
import dev.lawful.scan.source.SourceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * The one entry point: loads the policy, scans, classifies, binds declarations, runs the
 * checks and returns a {@link Result}. The CLI and the Maven plugin both call this.
 */
public final class Analyzer {

    private final AnalyzerConfig config;
    private final ClassLoader rulesLoader;
    private final Path scanCacheFile;
    private final IntConsumer cacheHits;

    public Analyzer(AnalyzerConfig config) {
        this(config, Analyzer.class.getClassLoader());
    }

    /** @param rulesLoader where {@code builtin:NAME} rule sets are looked up */
    public Analyzer(AnalyzerConfig config, ClassLoader rulesLoader) {
        this(config, rulesLoader, null, hits -> { });
    }

    private Analyzer(AnalyzerConfig config, ClassLoader rulesLoader, Path scanCacheFile, IntConsumer cacheHits) {
        this.config = config;
        this.rulesLoader = rulesLoader;
        this.scanCacheFile = scanCacheFile;
        this.cacheHits = cacheHits;
    }

    /** The whole result's cache, beside the scan cache ({@link ResultCache}). */
    static final String RESULT_CACHE = "result.smile";

    /** The inputs' digests by size and modification time, beside the scan cache ({@link DigestTable}). */
    static final String DIGEST_TABLE = "digests.bin";

    /**
     * The same analyzer keeping what it parsed in {@code cacheFile} ({@link ScanCache}), so
     * that the next run parses only the source files that changed, and its result beside it
     * ({@value #RESULT_CACHE}), which the next run returns as it is when none of its inputs
     * changed.
     */
    public Analyzer withScanCache(Path cacheFile) {
        return withScanCache(cacheFile, hits -> { });
    }

    /** @param hits told, after each scan, how many source files came from the cache */
    public Analyzer withScanCache(Path cacheFile, IntConsumer hits) {
        return new Analyzer(config, rulesLoader, cacheFile, hits);
    }

    public AnalyzerConfig config() {
        return config;
    }

    /**
     * Runs the analysis.
     *
     * @throws ConfigurationException when a rule file or a setting is wrong
     */
    public Result run() throws ConfigurationException {
        if (scanCacheFile == null) {
            return analyse(loadPolicy());
        }
        ResultCache results = new ResultCache(scanCacheFile.resolveSibling(RESULT_CACHE));
        Path digestFile = scanCacheFile.resolveSibling(DIGEST_TABLE);
        // On an unchanged run, reading the cached result, listing the inputs and loading the
        // policy are nearly all the cost, and none waits for another: they run side by side.
        AtomicReference<String> thisRun = new AtomicReference<>();
        FutureTask<Optional<ResultCache.Stored>> stored = inBackground("lawful-result-cache",
                () -> results.readAhead(config.threads(), key -> thisRun.get() != null && !thisRun.get().equals(key)));
        FutureTask<ResultCache.Inputs> inputs = inBackground("lawful-input-listing", () -> ResultCache.Inputs.of(config));
        Policy policy;
        try {
            policy = loadPolicy();
        } catch (ConfigurationException | RuntimeException | Error e) {
            thisRun.set("");
            throw e;
        }
        String key;
        try {
            ResultCache.Keyed keyed = ResultCache.key(config, policy, Version.fingerprint(), DigestTable.load(digestFile),
                    awaited(inputs));
            key = keyed.key();
            thisRun.set(key);
            if (keyed.digests().changed()) {
                keyed.digests().table().save(digestFile);
            }
        } catch (IOException | UncheckedIOException e) {
            thisRun.set("");
            return analyse(policy);
        }
        Optional<Result> cached = awaitedOrEmpty(stored).filter(s -> s.key().equals(key)).map(ResultCache.Stored::result);
        if (cached.isPresent()) {
            cacheHits.accept(cached.get().stats().sourceFiles());
            return cached.get();
        }
        Result result = analyse(policy);
        results.save(key, result);
        return result;
    }

    /** {@code work} started on a daemon thread of its own. */
    private static <T> FutureTask<T> inBackground(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** What {@code task} computed; its failure as an {@code IOException}, as the cache's other failures are. */
    private static <T> T awaited(FutureTask<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the cache's inputs were read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    /** What a cache read computed; nothing when it failed, as a cache that cannot be read is a miss. */
    private static <T> Optional<T> awaitedOrEmpty(FutureTask<Optional<T>> task) {
        try {
            return awaited(task);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Result analyse(Policy policy) throws ConfigurationException {
        Scan scan = scan(policy);
        Classifier classifier = config.classifier().create(policy);
        List<InventoryEntry> inventory = inventoryBuilder(policy, classifier, config.threads()).build(scan.codebase());
        List<RecipientUse> recipientUses = new RecipientDetector(policy).detect(scan.sourceFiles(), scan.bytecode());
        List<Flow> flows = flows(policy, classifier, scan, inventory);
        List<Finding> findings = new ArrayList<>();
        CheckContext context = new CheckContext(policy, inventory, recipientUses, flows);
        for (Check check : Checks.all()) {
            check.run(context, findings::add);
        }
        List<Finding> reported = new Suppressions(scan.codebase()).filter(findings).stream().sorted(Finding.ORDER).toList();
        List<Snippet> snippets = new SnippetCollector(config.baseDir(), config.selection().encoding()).collect(reported);
        return new Result(policy, inventory, reported, scan.problems(), recipientUses, scan.stats(), rules(), snippets,
                flows, BaselineStatus.NONE);
    }

    /** The personal data that reaches sinks, now that the inventory says which fields hold it. */
    private static List<Flow> flows(Policy policy, Classifier classifier, Scan scan, List<InventoryEntry> inventory) {
        Endpoints endpoints = new Endpoints(policy);
        return new FlowResolver(policy, classifier, scan.codebase(), inventory, scan.sourceFiles(),
                constant -> endpoints.of(constant).map(e -> new FlowResolver.Endpoint(e.host(), e.serviceId())))
                .resolve(scan.sourceFiles());
    }

    /** Every rule a run applies, the policy lint's and the code checks', sorted by id. */
    public static List<RuleDescriptor> rules() {
        return Checks.all().stream()
                .map(check -> RuleDescriptor.of(check.info()))
                .sorted(Comparator.comparing(RuleDescriptor::id))
                .toList();
    }

    /** Loads and composes the configured rule files, as {@link #run()} does first. */
    public Policy loadPolicy() throws ConfigurationException {
        return new PolicyLoader(rulesLoader, config.baseDir(), config.ruleFolders()).load(config.policies());
    }

    /**
     * Why each element that {@code target} selects was or was not classified as personal
     * data, and which declaration covers it; with the files that could not be analysed, so
     * that a caller finding nothing can say where the scan could not look.
     */
    public Explanations explain(Predicate<CodeElement> target) throws ConfigurationException {
        Policy policy = loadPolicy();
        Scan scan = scan(null);
        List<Explained> explained = inventoryBuilder(policy, config.classifier().create(policy), config.threads())
                .assess(scan.codebase(), target).stream()
                .map(a -> new Explained(a.element(), a.classification(), a.declaration()))
                .sorted(Comparator.comparing((Explained e) -> e.element().file()).thenComparingInt(e -> e.element().line()))
                .toList();
        return new Explanations(explained, scan.problems());
    }

    /** What {@link #explain} found, and the problems of the files it could not analyse. */
    public record Explanations(List<Explained> explained, List<ParseProblem> problems) {
    }

    /** Classification, then binding: the one path from scanned fields to the inventory, for scan and explain alike. */
    private static InventoryBuilder inventoryBuilder(Policy policy, Classifier classifier, int threads) {
        return new InventoryBuilder(classifier, new DeclarationBinder(policy), threads);
    }

    /** One element, its classification and its declaration (or null), for {@link #explain}. */
    public record Explained(CodeElement element, Classification classification, BoundDeclaration declaration) {
    }

    /** What the scanners found, before classification. */
    private record Scan(
            Codebase codebase,
            List<SourceFileScan> sourceFiles,
            BytecodeScan bytecode,
            List<ParseProblem> problems,
            Result.Stats stats) {
    }

    /** @param policy whose sinks the flow analysis looks for; null for none */
    private Scan scan(Policy policy) throws ConfigurationException {
        requireExisting(config.sourceRoots(), "source root");
        requireExisting(config.classes(), "classpath entry");
        requireSourceFoldersOrJavaFiles(config.sourceRoots());
        SourceScanResult sources = scanSources(policy);
        BytecodeScan bytecode = scanBytecode();
        List<TypeInfo> sourceTypes = sources.files().stream().flatMap(f -> f.types().stream()).toList();
        List<TypeInfo> types = SourceFirst.merge(sourceTypes, bytecode.types());
        int fields = types.stream().mapToInt(t -> t.fields().size()).sum();
        var stats = new Result.Stats(sources.filesFound(), bytecode.classFilesParsed(), types.size(), fields);
        List<ParseProblem> problems = new ArrayList<>(sources.problems());
        problems.addAll(bytecode.problems());
        problems.sort(Comparator.comparing(ParseProblem::file).thenComparingInt(ParseProblem::line));
        return new Scan(new Codebase(types), sources.files(), bytecode, problems, stats);
    }

    /** @param policy whose sinks the flow analysis looks for; null for none */
    private SourceScanResult scanSources(Policy policy) {
        SourceScanner scanner = new SourceScanner(config.threads(), config.selection());
        if (policy != null) {
            scanner = scanner.withSinks(policy.sinks().values(), policy.flow());
        }
        if (scanCacheFile == null) {
            return scanner.scan(config.baseDir(), config.sourceRoots());
        }
        ScanCache cache = ScanCache.open(scanCacheFile, Version.fingerprint(), config.selection().encoding(), true,
                policy == null ? "no flows" : ScanCache.flowKey(policy.sinks().values(), policy.flow()));
        SourceScanResult sources = scanner.withCache(cache).scan(config.baseDir(), config.sourceRoots());
        cache.save();
        cacheHits.accept(cache.hits());
        return sources;
    }

    /** Compiled classes and dependencies, when the build gave any. */
    private BytecodeScan scanBytecode() {
        if (config.classes().isEmpty() && config.dependencies().isEmpty()) {
            return BytecodeScan.EMPTY;
        }
        return new BytecodeScanner(config.threads())
                .scan(config.baseDir(), config.classes(), config.dependencies(), config.dependencyPackages());
    }

    private static void requireSourceFoldersOrJavaFiles(List<Path> roots) throws ConfigurationException {
        List<Problem> others = roots.stream()
                .filter(p -> !Files.isDirectory(p) && !p.getFileName().toString().endsWith(".java"))
                .map(p -> new Problem(null, "source root " + p + " is a file, not a folder of Java sources (nor a .java file)"))
                .toList();
        if (!others.isEmpty()) {
            throw new ConfigurationException(others);
        }
    }

    private static void requireExisting(List<Path> paths, String what) throws ConfigurationException {
        List<Problem> missing = paths.stream()
                .filter(p -> !Files.exists(p))
                .map(p -> new Problem(null, what + " " + p + " does not exist"))
                .toList();
        if (!missing.isEmpty()) {
            throw new ConfigurationException(missing);
        }
    }
}
