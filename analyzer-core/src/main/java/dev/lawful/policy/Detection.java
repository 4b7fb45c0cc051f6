package dev.lawful.policy;

import java.util.List;

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
 */
public record Detection(
        List<String> strong,
        List<String> weak,
        List<String> exclude,
        List<String> types,
        List<String> annotations) {

    public static final Detection NONE = new Detection(List.of(), List.of(), List.of(), List.of(), List.of());

    public Detection {
        strong = List.copyOf(strong);
        weak = List.copyOf(weak);
        exclude = List.copyOf(exclude);
        types = List.copyOf(types);
        annotations = List.copyOf(annotations);
    }
}
