package dev.lawful.policy;

import java.util.List;

/**
 * A kind of person whose data is processed (Art. 30(1)(c)). Ids are fideslang data-subject
 * keys ({@code customer}, {@code employee}, {@code patient}).
 *
 * @param vulnerable whether WP248 rev.01 counts these people as vulnerable (employees,
 *     patients, children, ...), which is a criterion of the DPIA screening
 * @param typeWords words that, in the simple name of a class holding personal data, suggest
 *     these people ({@code patient} in {@code PatientRecord}); written like category patterns
 */
public record DataSubject(
        String id, String name, String description, boolean vulnerable, List<String> typeWords, SourceRef ref) {

    public DataSubject {
        typeWords = List.copyOf(typeWords);
    }
}
