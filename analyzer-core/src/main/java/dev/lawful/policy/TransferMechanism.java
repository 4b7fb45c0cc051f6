package dev.lawful.policy;

/** A Chapter V ground for a transfer outside the EU/EEA (adequacy, SCCs, BCRs, a derogation). */
public record TransferMechanism(String id, String name, String article, SourceRef ref) {
}
