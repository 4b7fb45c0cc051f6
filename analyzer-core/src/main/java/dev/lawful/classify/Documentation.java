package dev.lawful.classify;

import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose written about a field: its Javadoc's first sentences, OpenAPI {@code @Schema}
 * description and title, Swagger {@code @ApiModelProperty} value and notes, Hibernate
 * {@code @Comment}. Read as words, in every language the taxonomy knows.
 */
final class Documentation {

    /** Only the start of long prose is read: the first sentences say what a field is. */
    private static final int MAX_CHARS = 300;

    private Documentation() {
    }

    /** Each piece of documentation of the element, with where it was found. */
    static List<Text> of(CodeElement element) {
        List<Text> texts = new ArrayList<>();
        add(texts, "Javadoc", element.javadoc());
        for (AnnotationUse annotation : element.annotations()) {
            for (String key : JavaVocabulary.attributes(JavaVocabulary.builtin().documentationAnnotations(), annotation.name())) {
                add(texts, "@" + annotation.name() + " " + key, annotation.value(key));
            }
        }
        return texts;
    }

    static void add(List<Text> texts, String source, String text) {
        if (text != null && !text.isBlank()) {
            String trimmed = text.strip();
            texts.add(new Text(source, trimmed.length() > MAX_CHARS ? trimmed.substring(0, MAX_CHARS) : trimmed));
        }
    }

    record Text(String source, String text) {
    }
}
