package dev.lawful.policy;

/**
 * The safeguard under which data goes to a recipient outside the EU/EEA (Chapter V).
 *
 * @param mechanism id of a transfer mechanism of the taxonomy (adequacy, scc, bcr, ...)
 * @param reference free text: the decision, the clauses' version, a link
 */
public record Transfer(String mechanism, String reference, SourceRef ref) {
}
