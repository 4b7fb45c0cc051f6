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
 */
public record Classification(
        boolean personal,
        List<String> categories,
        double confidence,
        boolean link,
        List<Evidence> evidence) {

    public Classification {
        categories = List.copyOf(categories);
        evidence = List.copyOf(evidence);
    }

    public static Classification notPersonal(List<Evidence> evidence) {
        return new Classification(false, List.of(), 0, false, evidence);
    }

    public String primaryCategory() {
        return categories.isEmpty() ? null : categories.get(0);
    }
}
