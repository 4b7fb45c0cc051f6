package dev.lawful.policy;

/**
 * The data-protection impact assessment (Art. 35) the policy says was carried out.
 *
 * @param reference where the assessment is kept: a document id, a link
 * @param date when it was done or last reviewed, YYYY-MM-DD, or null
 */
public record ImpactAssessment(String reference, String date, SourceRef ref) {
}
