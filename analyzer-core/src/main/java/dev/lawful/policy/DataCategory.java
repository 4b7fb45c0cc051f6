package dev.lawful.policy;

import java.util.List;

/**
 * A kind of personal data. Ids are dotted and hierarchical, following fideslang where
 * a key exists ({@code user.contact.email}); a category covers its descendants.
 *
 * @param special whether this is a special category of Art. 9 (or criminal data, Art. 10)
 * @param positiveExamples identifiers (or {@code Type#field}) that must classify as this category
 * @param negativeExamples identifiers that must not
 */
public record DataCategory(
        String id,
        String name,
        String description,
        boolean special,
        Detection detection,
        List<String> positiveExamples,
        List<String> negativeExamples,
        SourceRef ref) {

    public DataCategory {
        positiveExamples = List.copyOf(positiveExamples);
        negativeExamples = List.copyOf(negativeExamples);
    }

    /** Whether this category is {@code other} or one of its descendants. */
    public boolean isWithin(String other) {
        return id.equals(other) || id.startsWith(other + ".");
    }
}
