package dev.lawful.classify;

import dev.lawful.scan.CodeElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders why a field was or was not classified as personal: the verdict, then every
 * signal with its weight, for and against. Plain text, one signal a line, deterministic.
 */
public final class Explanation {

    private Explanation() {
    }

    /** The full explanation, starting with {@code Class#field (file:line:column)}. */
    public static String of(CodeElement element, Classification classification) {
        StringBuilder out = new StringBuilder();
        out.append(element.id());
        if (element.file() != null) {
            out.append(" (").append(element.file());
            if (element.line() > 0) {
                out.append(':').append(element.line()).append(':').append(element.column());
            }
            out.append(')');
        }
        out.append('\n');
        for (String line : lines(classification)) {
            out.append("  ").append(line).append('\n');
        }
        return out.toString();
    }

    /** The verdict line followed by one line per evidence. */
    public static List<String> lines(Classification classification) {
        List<String> lines = new ArrayList<>();
        lines.add(verdict(classification));
        for (Evidence evidence : classification.evidence()) {
            lines.add(String.format(Locale.ROOT, "%s %.2f  %-10s %s", sign(evidence.weight()), Math.abs(evidence.weight()),
                    evidence.signal().name(), evidence.detail()));
        }
        return lines;
    }

    /** One line: personal or not, categories, confidence. */
    public static String verdict(Classification classification) {
        String confidence = String.format(Locale.ROOT, "confidence %.2f", classification.confidence());
        if (!classification.personal()) {
            return "not personal" + (classification.evidence().isEmpty() ? ": no signal matched" : "");
        }
        if (classification.link()) {
            return "link to personal data" + (classification.categories().isEmpty() ? ""
                    : ": " + String.join(", ", classification.categories())) + " (" + confidence + ")";
        }
        return "personal: " + String.join(", ", classification.categories()) + " (" + confidence + ")";
    }

    private static String sign(double weight) {
        return weight > 0 ? "+" : weight < 0 ? "-" : " ";
    }
}
