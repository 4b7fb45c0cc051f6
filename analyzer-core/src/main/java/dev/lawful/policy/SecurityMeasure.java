package dev.lawful.policy;

/**
 * A technical or organisational security measure of Art. 32, as the record of processing
 * describes it in general terms (Art. 30(1)(g)).
 */
public record SecurityMeasure(String id, String name, String description, SourceRef ref) {
}
