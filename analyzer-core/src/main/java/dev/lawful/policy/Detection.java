package dev.lawful.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a data category is recognised in code. A pattern is a sequence of identifier
 * tokens separated by spaces ("first name", "personnummer"); a token may use '*' as a
 * wildcard ("*adress" matches "fakturaadress"). Tokens are compared lower-case with
 * diacritics removed.
 *
 * @param strong patterns that mark personal data wherever they appear
 * @param weak patterns that count only when the enclosing type is about a person
 * @param exclude patterns that, when present in an identifier, veto this category
 * @param types fully qualified or simple Java type names that hold this category
 * @param annotations simple annotation names that mark this category (Email, Past)
 * @param recordsOf words naming people every record about whom is data of this category, whatever
 *     its text fields are called (patient: a letter about a patient concerns their health)
 */
public record Detection(
        List<String> strong,
        List<String> weak,
        List<String> exclude,
        List<String> types,
        List<String> annotations,
        List<String> recordsOf) {

    public static final Detection NONE = new Detection(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Detection {
        strong = List.copyOf(strong);
        weak = List.copyOf(weak);
        exclude = List.copyOf(exclude);
        types = List.copyOf(types);
        annotations = List.copyOf(annotations);
        recordsOf = List.copyOf(recordsOf);
    }

    /** These patterns followed by {@code more}'s, each once. */
    public Detection plus(Detection more) {
        return new Detection(union(strong, more.strong), union(weak, more.weak), union(exclude, more.exclude),
                union(types, more.types), union(annotations, more.annotations), union(recordsOf, more.recordsOf));
    }

    private static List<String> union(List<String> first, List<String> second) {
        return List.copyOf(new LinkedHashSet<>(Stream.concat(first.stream(), second.stream()).toList()));
    }
}
