package dev.lawful.policy;

import java.util.List;

/**
 * Binds code to the policy: the personal data held by the matching classes (all of it,
 * the named fields, or the named categories) is processed for these purposes, on this
 * legal basis, and kept as this retention rule says.
 *
 * @param classes class-name globs: '*' within a package segment, '**' across segments;
 *     a glob without a dot matches the simple name
 * @param fields field names; empty means every personal field of the classes
 * @param categories category ids; empty means any category
 * @param legalBasis legal basis id, or null when the declaration does not say
 * @param retention retention rule id, or null when the declaration does not say
 * @param dataSubjects ids of the data subjects the data is about; empty when it does not say
 */
public record Declaration(
        String id,
        List<String> classes,
        List<String> fields,
        List<String> categories,
        List<String> purposes,
        String legalBasis,
        String retention,
        List<String> dataSubjects,
        SourceRef ref) {

    /** A declaration that names no data subjects. */
    public Declaration(String id, List<String> classes, List<String> fields, List<String> categories,
            List<String> purposes, String legalBasis, String retention, SourceRef ref) {
        this(id, classes, fields, categories, purposes, legalBasis, retention, List.of(), ref);
    }

    public Declaration {
        dataSubjects = List.copyOf(dataSubjects);
        classes = List.copyOf(classes);
        fields = List.copyOf(fields);
        categories = List.copyOf(categories);
        purposes = List.copyOf(purposes);
    }
}
