package dev.lawful.policy;

import java.util.List;

/**
 * Why personal data is processed, and on which legal bases that is allowed.
 *
 * @param dataUse the fideslang data use this purpose maps to, or null
 * @param legalBases ids of the legal bases allowed for this purpose
 * @param legalBasesInterpreted true when the policy text does not tie these bases to this
 *     purpose and the rule file records a reader's interpretation (reported by the policy lint)
 * @param dataSubjects ids of the data subjects whose data serves this purpose
 * @param automatedDecisions whether the purpose takes decisions by automated means alone that
 *     have legal or similarly significant effects (Art. 22)
 * @param largeScale whether the policy says the processing is on a large scale (Art. 35(3))
 * @param processorFor the controller on whose behalf the organisation processes for this
 *     purpose, as a processor (Art. 30(2)); null when it acts as controller
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
        List<String> dataSubjects,
        boolean automatedDecisions,
        boolean largeScale,
        OnBehalfOf processorFor,
        SourceRef ref) {

    public Purpose {
        legalBases = List.copyOf(legalBases);
        dataSubjects = List.copyOf(dataSubjects);
    }

    /** The controller for which a processor processes: its name and contact (Art. 30(2)(a)). */
    public record OnBehalfOf(String controller, String contact, SourceRef ref) {
    }

    /** A purpose without data subjects, scale or processor role. */
    public Purpose(
            String id,
            String name,
            String description,
            String dataUse,
            List<String> legalBases,
            boolean profiling,
            boolean directMarketing,
            boolean legalBasesInterpreted,
            SourceRef ref) {
        this(id, name, description, dataUse, legalBases, profiling, directMarketing, legalBasesInterpreted,
                List.of(), false, false, null, ref);
    }

    /** Whether the organisation acts as a processor, not a controller, for this purpose. */
    public boolean isProcessing() {
        return processorFor != null;
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
