package dev.lawful.policy;

/**
 * A ground for processing: an Art. 6(1) basis, an Art. 9(2) condition for special
 * categories, or an Art. 10 ground for criminal data.
 *
 * @param refines the id of the more general basis this one narrows (a policy's
 *     "accounting-law" refines the taxonomy's "legal-obligation"), or null
 */
public record LegalBasis(
        String id,
        String name,
        String article,
        Kind kind,
        String refines,
        String description,
        SourceRef ref) {

    public enum Kind { LAWFUL_BASIS, SPECIAL_CATEGORY_CONDITION, CRIMINAL_DATA_GROUND }
}
