package dev.lawful.policy;

import java.util.List;

/**
 * Why personal data is processed, and on which legal bases that is allowed.
 *
 * @param dataUse the fideslang data use this purpose maps to, or null
 * @param legalBases ids of the legal bases allowed for this purpose
 */
public record Purpose(
        String id,
        String name,
        String description,
        String dataUse,
        List<String> legalBases,
        boolean profiling,
        boolean directMarketing,
        SourceRef ref) {

    public Purpose {
        legalBases = List.copyOf(legalBases);
    }
}
