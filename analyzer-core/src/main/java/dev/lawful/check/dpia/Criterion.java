package dev.lawful.check.dpia;

import java.util.List;

/**
 * One criterion of WP248 rev.01, or one case of Art. 35(3), as {@code wp248.yaml} defines it.
 *
 * @param allOf for an Art. 35(3) case, the criteria that must all be met; empty for a criterion
 */
record Criterion(String id, String title, String reference, Signals signals, List<String> allOf) {

    Criterion {
        allOf = List.copyOf(allOf);
    }

    /** What in the policy or the code meets the criterion; see {@code wp248.yaml}. */
    record Signals(
            List<String> purposeFlags,
            List<String> dataUses,
            List<String> codeCategories,
            boolean specialInCode,
            List<String> servicesInBuild,
            boolean vulnerableSubjects,
            boolean combinedPurposes) {

        Signals {
            purposeFlags = List.copyOf(purposeFlags);
            dataUses = List.copyOf(dataUses);
            codeCategories = List.copyOf(codeCategories);
            servicesInBuild = List.copyOf(servicesInBuild);
        }
    }
}
