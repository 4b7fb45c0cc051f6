package dev.lawful.policy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The valid names closest to a misspelt one, for "did you mean …" in error messages. */
public final class ClosestNames {

    private static final int MAX_SUGGESTIONS = 3;

    private ClosestNames() {
    }

    /** Up to three names within an edit distance of about a third of the word, closest first. */
    public static List<String> to(String wrong, Collection<String> valid) {
        int limit = Math.max(2, wrong.length() / 3);
        return valid.stream()
                .map(name -> new Scored(name, distance(wrong.toLowerCase(), name.toLowerCase())))
                .filter(s -> s.distance <= limit || s.name.toLowerCase().contains(wrong.toLowerCase()))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::name)
                .toList();
    }

    /** " (did you mean a, b?)", or "" when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> valid) {
        List<String> closest = to(wrong, valid);
        return closest.isEmpty() ? "" : " (did you mean " + String.join(", ", closest) + "?)";
    }

    private record Scored(String name, int distance) {
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
