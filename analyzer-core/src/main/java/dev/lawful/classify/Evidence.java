package dev.lawful.classify;

/**
 * One reason behind a classification decision.
 *
 * @param signal what kind of signal it was
 * @param detail human-readable: which pattern, type, annotation or context matched
 * @param category the category it speaks for, or null for context and exclusions
 * @param weight how much it moved the decision; negative for evidence against
 */
public record Evidence(Signal signal, String detail, String category, double weight) {

    public enum Signal { TOKEN, CONTEXT, ANNOTATION, TYPE, LINK, EXCLUSION, OVERRIDE }
}
