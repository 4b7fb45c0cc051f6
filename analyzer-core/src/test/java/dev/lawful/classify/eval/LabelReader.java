package dev.lawful.classify.eval;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the label of a field in its source text: a {@code // lawful: ...} comment at the end
 * of the field's line, or on a line above it, above its annotations and Javadoc.
 */
public final class LabelReader {

    private static final Pattern LABEL = Pattern.compile("//\\s*lawful:\\s*(personal|not-personal|link)\\b\\s*([\\w.\\-]*)");

    private final List<String> lines;

    public LabelReader(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * @param line 1-based line of the field's name
     * @throws IllegalArgumentException when a label is malformed (personal without a category)
     */
    public Optional<Label> labelAt(int line) {
        if (line < 1 || line > lines.size()) {
            return Optional.empty();
        }
        Optional<Label> sameLine = parse(lines.get(line - 1), line);
        if (sameLine.isPresent()) {
            return sameLine;
        }
        for (int i = line - 2; i >= 0; i--) {
            String text = lines.get(i).strip();
            Optional<Label> label = parse(text, i + 1);
            if (label.isPresent()) {
                return text.startsWith("//") ? label : Optional.empty();
            }
            if (!isDecoration(text)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Lines that may stand between a label and its field: annotations, Javadoc, other comments, blanks. */
    private static boolean isDecoration(String text) {
        return text.isEmpty() || text.startsWith("@") || text.startsWith("//") || text.startsWith("/*")
                || text.startsWith("*") || text.endsWith("*/") || text.startsWith(")");
    }

    private static Optional<Label> parse(String text, int line) {
        Matcher matcher = LABEL.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String kind = matcher.group(1);
        String category = matcher.group(2);
        return switch (kind) {
            case "personal" -> {
                if (category.isEmpty()) {
                    throw new IllegalArgumentException("line " + line + ": 'lawful: personal' needs a category id");
                }
                yield Optional.of(new Label(Label.Kind.PERSONAL, category));
            }
            case "link" -> Optional.of(new Label(Label.Kind.LINK, null));
            default -> Optional.of(new Label(Label.Kind.NOT_PERSONAL, null));
        };
    }
}
