package dev.lawful.classify.eval;

import dev.lawful.classify.SignalInfo;
import dev.lawful.classify.Signals;
import dev.lawful.classify.WeighedClassifier;
import dev.lawful.classify.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fits the weighing classifier's weights on a labelled corpus: logistic regression (Newton's
 * method with a ridge penalty, so the result is unique and reproducible) over the signals'
 * values, on a fixed training split by application: the corpus folders in name order, every
 * third one (the 3rd, 6th, ...) held out for validation.
 */
public final class WeightFit {

    /** The ridge penalty: keeps weights finite where the corpus separates a signal perfectly. */
    static final double RIDGE = 0.1;
    private static final int ITERATIONS = 30;
    static final double THRESHOLD = 0.5;

    private WeightFit() {
    }

    /**
     * The fitted weights and the split they were fitted on.
     *
     * @param training applications fitted on
     * @param validation applications held out
     */
    public record Result(Weights weights, List<String> training, List<String> validation, Map<String, int[]> firings) {

        /** Per signal: how many training fields it fired on, labelled personal and not. */
        public String firingTable() {
            StringBuilder out = new StringBuilder("signal: fired on personal / not personal (training split)\n");
            firings.forEach((signal, counts) -> out.append(String.format(java.util.Locale.ROOT, "  %-24s %4d / %4d  weight %.2f%n",
                    signal, counts[0], counts[1], weights.of(signal))));
            return out.toString();
        }
    }

    /** Whether an application is in the training split: every third in name order is held out. */
    public static List<String> validationSplit(List<String> applications) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(applications));
        List<String> held = new ArrayList<>();
        for (int i = 2; i < sorted.size(); i += 3) {
            held.add(sorted.get(i));
        }
        return held;
    }

    public static Result fit(WeighedClassifier classifier, CorpusEvaluation.Corpus corpus) {
        List<String> applications = corpus.fields().stream().map(CorpusEvaluation.LabelledField::application).toList();
        List<String> validation = validationSplit(applications);
        List<String> training = new ArrayList<>(new TreeSet<>(applications));
        training.removeAll(validation);
        List<String> signals = Signals.infos().stream().map(SignalInfo::id).toList();
        List<double[]> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        Map<String, int[]> firings = new LinkedHashMap<>();
        signals.forEach(signal -> firings.put(signal, new int[2]));
        for (CorpusEvaluation.LabelledField field : corpus.fields()) {
            if (!training.contains(field.application())) {
                continue;
            }
            Map<String, Double> features = classifier.features(field.element(), field.owner(), corpus.codebase());
            if (features.isEmpty() && !field.label().positive()) {
                continue; // excluded by construction: no evidence to fit
            }
            double[] row = new double[signals.size() + 1];
            row[0] = 1;
            for (int i = 0; i < signals.size(); i++) {
                row[i + 1] = features.getOrDefault(signals.get(i), 0.0);
                if (row[i + 1] > 0) {
                    firings.get(signals.get(i))[field.label().positive() ? 0 : 1]++;
                }
            }
            rows.add(row);
            labels.add(field.label().positive() ? 1.0 : 0.0);
        }
        double[] beta = newton(rows, labels);
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < signals.size(); i++) {
            weights.put(signals.get(i), round(beta[i + 1]));
        }
        return new Result(new Weights(round(beta[0]), THRESHOLD, weights), training, validation, firings);
    }

    private static double[] newton(List<double[]> rows, List<Double> labels) {
        int k = rows.isEmpty() ? 1 : rows.get(0).length;
        double[] beta = new double[k];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int j = 1; j < k; j++) {
                gradient[j] = RIDGE * beta[j];
                hessian[j][j] = RIDGE;
            }
            for (int r = 0; r < rows.size(); r++) {
                double[] x = rows.get(r);
                double p = 1 / (1 + Math.exp(-dot(beta, x)));
                double residual = p - labels.get(r);
                double curvature = p * (1 - p);
                for (int a = 0; a < k; a++) {
                    if (x[a] == 0) {
                        continue;
                    }
                    gradient[a] += residual * x[a];
                    for (int b = 0; b < k; b++) {
                        hessian[a][b] += curvature * x[a] * x[b];
                    }
                }
            }
            double[] step = solve(hessian, gradient);
            for (int j = 0; j < k; j++) {
                beta[j] -= step[j];
            }
        }
        return beta;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; the ridge keeps the matrix regular. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        double[] b = vector.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
            if (i > 0 && a[i][i] == 0) {
                a[i][i] = 1e-9;
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                b[row] -= factor * b[col];
                for (int c = col; c < n; c++) {
                    a[row][c] -= factor * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int c = row + 1; c < n; c++) {
                sum -= a[row][c] * x[c];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
