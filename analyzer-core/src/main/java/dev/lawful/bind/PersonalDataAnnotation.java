package dev.lawful.bind;

import dev.lawful.scan.AnnotationUse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the developer's in-code declaration: any annotation whose simple name is
 * {@code PersonalData}, so that projects need no Lawful dependency. Attributes:
 * {@code category}, {@code purpose} (one or an array), {@code legalBasis}, {@code retention}.
 */
record PersonalDataAnnotation(List<String> categories, List<String> purposes, String legalBasis, String retention) {

    static final String NAME = "PersonalData";

    static Optional<PersonalDataAnnotation> find(List<AnnotationUse> annotations) {
        return annotations.stream()
                .filter(a -> a.name().equals(NAME) || a.name().endsWith("." + NAME))
                .findFirst()
                .map(PersonalDataAnnotation::read);
    }

    private static PersonalDataAnnotation read(AnnotationUse use) {
        List<String> categories = list(firstNonNull(use.value("category"), use.value("categories"), use.value("value")));
        List<String> purposes = list(firstNonNull(use.value("purpose"), use.value("purposes")));
        return new PersonalDataAnnotation(categories, purposes, single(use.value("legalBasis")), single(use.value("retention")));
    }

    private static String firstNonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null).findFirst().orElse(null);
    }

    /** Splits an attribute's text ({@code a}, {@code {"a", "b"}}, {@code a, b}) into values. */
    private static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.replace("{", "").replace("}", "").split(","))
                .map(PersonalDataAnnotation::unquote)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String single(String text) {
        if (text == null) {
            return null;
        }
        String value = unquote(text);
        return value.isEmpty() ? null : value;
    }

    private static String unquote(String text) {
        String value = text.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.strip();
    }
}
