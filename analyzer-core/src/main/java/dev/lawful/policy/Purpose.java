package dev.lawful.policy;

import java.util.List;

/**
 * Why personal data is processed, and on which legal bases that is allowed.
 *
 * @param dataUse the fideslang data use this purpose maps to, or null
 * @param legalBases ids of the legal bases allowed for this purpose
 * @param legalBasesInterpreted true when the policy text does not tie these bases to this
 *     purpose and the rule file records a reader's interpretation (reported by the policy lint)
 */
public record Purpose(
        String id,
        String name,
        String description,
        String dataUse,
        List<String> legalBases,
        boolean profiling,
        boolean directMarketing,
        boolean legalBasesInterpreted,
        SourceRef ref) {

    public Purpose {
        legalBases = List.copyOf(legalBases);
    }

    /** A purpose whose legal bases the policy states itself. */
    public Purpose(
            String id,
            String name,
            String description,
            String dataUse,
            List<String> legalBases,
            boolean profiling,
            boolean directMarketing,
            SourceRef ref) {
        this(id, name, description, dataUse, legalBases, profiling, directMarketing, false, ref);
    }
}
