package dev.lawful.classify;

import java.util.List;

/**
 * The classifier's verdict on one code element.
 *
 * @param personal whether the element holds personal data (or links to it)
 * @param categories category ids, strongest first; empty when not personal
 * @param confidence 0..1
 * @param link true when the element does not hold personal data itself but refers to a
 *     person-bearing type ({@code Customer customer}) or an audit actor ({@code createdBy})
 * @param evidence every signal that was considered, for and against
 * @param origin whether the verdict was computed, forced by an override, or made by a declaration
 */
public record Classification(
        boolean personal,
        List<String> categories,
        double confidence,
        boolean link,
        List<Evidence> evidence,
        Origin origin) {

    /** Where a verdict comes from. */
    public enum Origin { COMPUTED, OVERRIDDEN, DECLARED }

    public Classification {
        categories = List.copyOf(categories);
        evidence = List.copyOf(evidence);
    }

    /** A computed verdict. */
    public Classification(boolean personal, List<String> categories, double confidence, boolean link,
            List<Evidence> evidence) {
        this(personal, categories, confidence, link, evidence, Origin.COMPUTED);
    }

    public static Classification notPersonal(List<Evidence> evidence) {
        return new Classification(false, List.of(), 0, false, evidence);
    }

    public String primaryCategory() {
        return categories.isEmpty() ? null : categories.get(0);
    }

    /** Whether a rule file's classification override decided this verdict. */
    public boolean overridden() {
        return origin == Origin.OVERRIDDEN;
    }
}
