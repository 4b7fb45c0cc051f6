package dev.lawful.classify;

import dev.lawful.ConfigurationException;
import dev.lawful.policy.load.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The weight of every signal, fitted on the labelled corpus (logistic regression, see
 * docs/classification.md) and kept as data in {@code dev/lawful/classify/weights.yaml}.
 *
 * @param bias the score of a field no signal speaks for
 * @param threshold the probability at or above which a field is personal
 */
public record Weights(double bias, double threshold, Map<String, Double> bySignal) {

    static final String BUILTIN = "/dev/lawful/classify/weights.yaml";
    private static final List<String> KEYS = List.of("bias", "threshold", "weights");

    public Weights {
        bySignal = Map.copyOf(bySignal);
    }

    /** The weight of a signal; 0 for one the file does not name. */
    public double of(String signal) {
        return bySignal.getOrDefault(signal, 0.0);
    }

    public static Weights builtin() {
        try (InputStream in = Weights.class.getResourceAsStream(BUILTIN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILTIN);
            }
            return parse(in, BUILTIN);
        } catch (IOException | ConfigurationException e) {
            throw new IllegalStateException("bundled classifier weights are broken: " + e.getMessage(), e);
        }
    }

    public static Weights parse(InputStream in, String file) throws ConfigurationException {
        DataFile data = DataFile.read(in, file, KEYS);
        return new Weights(data.number("bias", 0), data.number("threshold", 0.5), data.numbers("weights"));
    }

    /** The file's text: the fitted weights by signal id, two decimals, for {@code weights.yaml}. */
    public String render(String header) {
        StringBuilder out = new StringBuilder(header);
        out.append(String.format(java.util.Locale.ROOT, "bias: %.2f%nthreshold: %.2f%nweights:%n", bias, threshold));
        new TreeMap<>(bySignal).forEach((signal, weight) ->
                out.append(String.format(java.util.Locale.ROOT, "  %s: %.2f%n", signal, weight)));
        return out.toString();
    }
}
