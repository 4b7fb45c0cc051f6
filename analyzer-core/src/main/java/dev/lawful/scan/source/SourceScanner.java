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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
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

    private final int threads;
    private final boolean blankBodies;
    private final SinkPrefilter prefilter;
    private final SinkCatalog catalog;
    private final FlowVocabulary vocabulary;

    /** @param threads worker threads; 0 means one per available processor */
    public SourceScanner(int threads) {
        this(threads, true);
    }

    /**
     * @param threads worker threads; 0 means one per available processor
     * @param blankBodies whether method bodies are blanked before parsing ({@link BodyBlanker});
     *     off only to measure or verify that it changes nothing
     */
    public SourceScanner(int threads, boolean blankBodies) {
        this(threads, blankBodies, List.of(), FlowVocabulary.NONE);
    }

    /**
     * A scanner that also finds flows into sinks: the bodies a cheap pre-filter finds a sink
     * in are parsed, and the flow analysis runs on them ({@link SourceFileScan#sinkCalls()}).
     *
     * @param sinks the policy's sinks; none means no flow analysis
     */
    public SourceScanner(int threads, Collection<Sink> sinks, FlowVocabulary vocabulary) {
        this(threads, true, sinks, vocabulary);
    }

    private SourceScanner(int threads, boolean blankBodies, Collection<Sink> sinks, FlowVocabulary vocabulary) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per processor) or more, was " + threads);
        }
        this.threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        this.blankBodies = blankBodies;
        this.prefilter = sinks.isEmpty() ? SinkPrefilter.NONE : new SinkPrefilter(sinks);
        this.catalog = new SinkCatalog(sinks);
        this.vocabulary = vocabulary;
    }

    /**
     * Scans the roots. A root that is a single {@code .java} file is scanned too.
     *
     * @param baseDir paths in the result are relative to this, with '/'
     */
    public SourceScanResult scan(Path baseDir, List<Path> roots) {
        List<ParseProblem> problems = new ArrayList<>();
        List<Path> files = javaFiles(baseDir, roots, problems);
        FileOutcome[] outcomes = parseAll(baseDir, files);
        List<SourceFileScan> scans = new ArrayList<>(files.size());
        int flowFiles = 0;
        int sinkBodies = 0;
        for (FileOutcome outcome : outcomes) {
            if (outcome.scan() != null) {
                scans.add(outcome.scan());
                flowFiles += outcome.sinkBodies() > 0 ? 1 : 0;
                sinkBodies += outcome.sinkBodies();
            } else {
                problems.add(outcome.problem());
            }
        }
        problems.sort(Comparator.comparing(ParseProblem::file)
                .thenComparingInt(ParseProblem::line)
                .thenComparingInt(ParseProblem::column));
        return new SourceScanResult(scans, problems, flowFiles, sinkBodies);
    }

    /** Creates a parser configured as the scanner uses it; one per thread. */
    public static JavaParser newParser() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setStoreTokens(true)
                .setLexicalPreservationEnabled(false)
                .setAttributeComments(true);
        return new JavaParser(configuration);
    }

    private static List<Path> javaFiles(Path baseDir, List<Path> roots, List<ParseProblem> problems) {
        TreeSet<Path> files = new TreeSet<>(Comparator.comparing(path -> SourcePaths.relative(baseDir, path)));
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
                continue;
            }
            if (!Files.isDirectory(root)) {
                problems.add(new ParseProblem(SourcePaths.relative(baseDir, root), 0, 0,
                        "source root does not exist or is not a folder"));
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.getFileName().toString().endsWith(".java"))
                        .filter(Files::isRegularFile)
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                problems.add(new ParseProblem(SourcePaths.relative(baseDir, root), 0, 0,
                        "cannot list source folder: " + e.getMessage()));
            }
        }
        return List.copyOf(files);
    }

    private FileOutcome[] parseAll(Path baseDir, List<Path> files) {
        FileOutcome[] outcomes = new FileOutcome[files.size()];
        int workers = Math.max(1, Math.min(threads, files.size()));
        if (workers == 1) {
            new Worker(baseDir, files, outcomes, new AtomicInteger()).run();
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "lawful-source-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(new Worker(baseDir, files, outcomes, next)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("source scan interrupted", e);
        } catch (ExecutionException e) {
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

        Worker(Path baseDir, List<Path> files, FileOutcome[] outcomes, AtomicInteger next) {
            this.baseDir = baseDir;
            this.files = files;
            this.outcomes = outcomes;
            this.next = next;
        }

        @Override
        public void run() {
            JavaParser parser = newParser();
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                outcomes[i] = scanFile(parser, files.get(i));
            }
        }

        private FileOutcome scanFile(JavaParser parser, Path file) {
            String relative = SourcePaths.relative(baseDir, file);
            String text;
            try {
                text = SourceText.read(file);
            } catch (NoSuchFileException e) {
                return FileOutcome.failed(new ParseProblem(relative, 0, 0, "file disappeared during the scan"));
            } catch (IOException e) {
                return FileOutcome.failed(new ParseProblem(relative, 0, 0, "cannot read file: " + e.getMessage()));
            }
            try {
                if (blankBodies) {
                    BodyBlanker.Blanked blanked = BodyBlanker.blank(text, prefilter);
                    ParseResult<CompilationUnit> result = parser.parse(blanked.text());
                    if (parsed(result)) {
                        return scanned(relative, result, blanked.bodyLiterals(), blanked.keptBodies() > 0, blanked.sinkBodies());
                    }
                }
                ParseResult<CompilationUnit> result = parser.parse(text);
                boolean flows = !catalog.isEmpty();
                return parsed(result)
                        ? scanned(relative, result, List.of(), flows, flows ? 1 : 0)
                        : FileOutcome.failed(problemOf(relative, result.getProblems()));
            } catch (RuntimeException | StackOverflowError e) {
                return FileOutcome.failed(new ParseProblem(relative, 0, 0, "parser failed: " + e));
            }
        }

        private FileOutcome scanned(String relative, ParseResult<CompilationUnit> result,
                List<SourceFileScan.Literal> bodyLiterals, boolean flows, int sinkBodies) {
            CompilationUnit unit = result.getResult().get();
            SourceFileScan scan = new CompilationUnitReader(relative).read(unit, bodyLiterals);
            if (flows && !catalog.isEmpty()) {
                FlowExtractor.Facts facts = new FlowExtractor(catalog, vocabulary, relative).extract(unit);
                scan = new SourceFileScan(scan.path(), scan.types(), scan.imports(), scan.stringLiterals(),
                        facts.sinkCalls(), facts.toStringMembers());
            }
            return FileOutcome.scanned(scan, sinkBodies);
        }

        private static boolean parsed(ParseResult<CompilationUnit> result) {
            return result.isSuccessful() && result.getResult().isPresent();
        }

        private static ParseProblem problemOf(String file, List<Problem> problems) {
            if (problems.isEmpty()) {
                return new ParseProblem(file, 0, 0, "the parser produced no syntax tree");
            }
            Problem first = problems.get(0);
            int line = 0;
            int column = 0;
            var begin = first.getLocation().flatMap(range -> range.getBegin().getRange()).map(r -> r.begin);
            if (begin.isPresent()) {
                line = begin.get().line;
                column = begin.get().column;
            }
            String message = first.getMessage().lines().findFirst().orElse("syntax error");
            if (problems.size() > 1) {
                message += " (and " + (problems.size() - 1) + " more)";
            }
            return new ParseProblem(file, line, column, message);
        }
    }

    private record FileOutcome(SourceFileScan scan, ParseProblem problem, int sinkBodies) {

        static FileOutcome scanned(SourceFileScan scan, int sinkBodies) {
            return new FileOutcome(scan, null, sinkBodies);
        }

        static FileOutcome failed(ParseProblem problem) {
            return new FileOutcome(null, problem, 0);
        }
    }
}
