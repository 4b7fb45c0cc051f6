package dev.lawful.classify.eval;

import dev.lawful.classify.Classification;
import dev.lawful.classify.Classifier;
import dev.lawful.classify.Codebase;
import dev.lawful.classify.Explanation;
import dev.lawful.policy.DataCategory;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.TypeInfo;
import dev.lawful.scan.source.SourceScanResult;
import dev.lawful.scan.source.SourceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures a classifier on a labelled corpus: every field of the Java sources under a folder
 * carries a {@code // lawful:} label; the classifier's verdicts are compared with them.
 */
public final class CorpusEvaluation {

    private final Classifier classifier;

    public CorpusEvaluation(Classifier classifier) {
        this.classifier = classifier;
    }

    /** One labelled field and what the classifier said. */
    public record Case(CodeElement element, Label label, Classification verdict) {

        boolean predictedPositive() {
            return verdict.personal();
        }

        boolean categoryCorrect() {
            String primary = verdict.primaryCategory();
            return primary != null && DataCategory.isWithin(primary, label.category());
        }
    }

    /**
     * The outcome.
     *
     * @param unlabelled fields without a label (the corpus should have none)
     * @param problems files that did not parse
     */
    public record Report(List<Case> cases, List<CodeElement> unlabelled, List<String> problems) {

        public long truePositives() {
            return cases.stream().filter(c -> c.label().positive() && c.predictedPositive()).count();
        }

        public long falsePositives() {
            return cases.stream().filter(c -> !c.label().positive() && c.predictedPositive()).count();
        }

        public long falseNegatives() {
            return cases.stream().filter(c -> c.label().positive() && !c.predictedPositive()).count();
        }

        public double precision() {
            long predicted = truePositives() + falsePositives();
            return predicted == 0 ? 1 : (double) truePositives() / predicted;
        }

        public double recall() {
            long actual = truePositives() + falseNegatives();
            return actual == 0 ? 1 : (double) truePositives() / actual;
        }

        /** Among fields labelled with a category and found personal (not as a link): right category. */
        public double categoryAccuracy() {
            List<Case> judged = categorised();
            return judged.isEmpty() ? 1 : (double) judged.stream().filter(Case::categoryCorrect).count() / judged.size();
        }

        private List<Case> categorised() {
            return cases.stream()
                    .filter(c -> c.label().kind() == Label.Kind.PERSONAL && c.predictedPositive() && !c.verdict().link())
                    .toList();
        }

        /** Human-readable: the figures, then every miss, false alarm and wrong category. */
        public String render(boolean explain) {
            StringBuilder out = new StringBuilder();
            long positives = cases.stream().filter(c -> c.label().positive()).count();
            out.append(String.format(Locale.ROOT, "fields: %d labelled (%d personal or link, %d not personal), %d unlabelled%n",
                    cases.size(), positives, cases.size() - positives, unlabelled.size()));
            out.append(String.format(Locale.ROOT, "precision: %.3f (%d true, %d false alarms)%n",
                    precision(), truePositives(), falsePositives()));
            out.append(String.format(Locale.ROOT, "recall:    %.3f (%d missed)%n", recall(), falseNegatives()));
            List<Case> categorised = categorised();
            out.append(String.format(Locale.ROOT, "category accuracy: %.3f (%d of %d)%n", categoryAccuracy(),
                    categorised.stream().filter(Case::categoryCorrect).count(), categorised.size()));
            long links = cases.stream().filter(c -> c.label().kind() == Label.Kind.LINK).count();
            long linksFound = cases.stream().filter(c -> c.label().kind() == Label.Kind.LINK && c.verdict().link()).count();
            out.append(String.format(Locale.ROOT, "links: %d of %d reported as links%n", linksFound, links));
            section(out, "MISSED", cases.stream().filter(c -> c.label().positive() && !c.predictedPositive()).toList(), explain);
            section(out, "FALSE ALARM", cases.stream().filter(c -> !c.label().positive() && c.predictedPositive()).toList(), explain);
            section(out, "WRONG CATEGORY", categorised.stream().filter(c -> !c.categoryCorrect()).toList(), explain);
            section(out, "LINK KIND", cases.stream().filter(c -> c.label().positive() && c.predictedPositive()
                    && (c.label().kind() == Label.Kind.LINK) != c.verdict().link()).toList(), explain);
            for (CodeElement element : unlabelled) {
                out.append("UNLABELLED ").append(location(element)).append('\n');
            }
            for (String problem : problems) {
                out.append("PARSE PROBLEM ").append(problem).append('\n');
            }
            return out.toString();
        }

        private static void section(StringBuilder out, String title, List<Case> list, boolean explain) {
            for (Case c : list) {
                out.append(title).append(' ').append(location(c.element())).append(": expected ").append(c.label())
                        .append(", got ").append(Explanation.verdict(c.verdict())).append('\n');
                if (explain) {
                    for (String line : Explanation.lines(c.verdict()).subList(1, Explanation.lines(c.verdict()).size())) {
                        out.append("      ").append(line).append('\n');
                    }
                }
            }
        }

        private static String location(CodeElement element) {
            return element.id() + " (" + element.file() + ":" + element.line() + ")";
        }
    }

    /** Scans and classifies every field under {@code root}, paths relative to it. */
    public Report evaluate(Path root) {
        return evaluate(read(root), field -> true);
    }

    /** Classifies the fields of a scanned corpus that {@code which} selects. */
    public Report evaluate(Corpus corpus, java.util.function.Predicate<LabelledField> which) {
        List<Case> cases = corpus.fields().stream().filter(which)
                .map(f -> new Case(f.element(), f.label(), classifier.classify(f.element(), f.owner(), corpus.codebase())))
                .toList();
        return new Report(cases, corpus.unlabelled(), corpus.problems());
    }

    /**
     * One labelled field of a corpus.
     *
     * @param application the corpus folder it is in (the first part of its path)
     */
    public record LabelledField(CodeElement element, TypeInfo owner, Label label, String application) {
    }

    /** A scanned corpus: its labelled fields, the codebase they are classified in, what could not be read. */
    public record Corpus(Codebase codebase, List<LabelledField> fields, List<CodeElement> unlabelled, List<String> problems) {
    }

    /** Scans every Java source under {@code root} and reads each field's label. */
    public static Corpus read(Path root) {
        SourceScanResult scan = new SourceScanner(0).scan(root, List.of(root));
        List<TypeInfo> types = scan.files().stream().flatMap(f -> f.types().stream()).toList();
        List<LabelledField> fields = new ArrayList<>();
        List<CodeElement> unlabelled = new ArrayList<>();
        for (SourceFileScan file : scan.files()) {
            LabelReader labels = new LabelReader(lines(root.resolve(file.path())));
            String application = file.path().split("/")[0];
            for (TypeInfo type : file.types()) {
                for (CodeElement field : type.fields()) {
                    Optional<Label> label = labels.labelAt(field.line());
                    if (label.isEmpty()) {
                        unlabelled.add(field);
                    } else {
                        fields.add(new LabelledField(field, type, label.get(), application));
                    }
                }
            }
        }
        List<String> problems = scan.problems().stream()
                .map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message()).toList();
        return new Corpus(new Codebase(types), fields, unlabelled, problems);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
