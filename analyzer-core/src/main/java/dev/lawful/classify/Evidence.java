package dev.lawful.classify;

import java.util.Locale;

/**
 * One reason behind a classification decision.
 *
 * @param signal what kind of signal it was
 * @param id the id of the signal that produced it ({@code name-strong}, {@code link-person-type});
 *     for the rule-based classifier, the kind in lower case
 * @param detail human-readable: which pattern, type, annotation or context matched; never read by code
 * @param category the category it speaks for, or null for context and exclusions
 * @param weight how much it moved the decision; negative for evidence against
 */
public record Evidence(Signal signal, String id, String detail, String category, double weight) {

    public enum Signal { TOKEN, CONTEXT, ANNOTATION, TYPE, LINK, EXCLUSION, OVERRIDE, DOCUMENTATION, GRAPH }

    public Evidence(Signal signal, String detail, String category, double weight) {
        this(signal, signal.name().toLowerCase(Locale.ROOT), detail, category, weight);
    }
}
