package dev.lawful.policy;

import java.util.List;

/**
 * A kind of personal data. Ids are dotted and hierarchical, following fideslang where
 * a key exists ({@code user.contact.email}); a category covers its descendants.
 *
 * @param special whether this is a special category of Art. 9 (or criminal data, Art. 10)
 * @param personal false for data that identifies no one by itself, such as a company's name
 *     or registration number (Recital 14): recognised, so a policy can disclose it, but a field
 *     holding only this is not personal data
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
        boolean personal,
        SourceRef ref) {

    /** A category of personal data. */
    public DataCategory(String id, String name, String description, boolean special, Detection detection,
            List<String> positiveExamples, List<String> negativeExamples, SourceRef ref) {
        this(id, name, description, special, detection, positiveExamples, negativeExamples, true, ref);
    }

    public DataCategory {
        positiveExamples = List.copyOf(positiveExamples);
        negativeExamples = List.copyOf(negativeExamples);
    }

    /** Whether this category is {@code other} or one of its descendants. */
    public boolean isWithin(String other) {
        return isWithin(id, other);
    }

    /** Whether the category {@code categoryId} is {@code ancestorId} or one of its descendants. */
    public static boolean isWithin(String categoryId, String ancestorId) {
        return categoryId.equals(ancestorId) || categoryId.startsWith(ancestorId + ".");
    }
}
