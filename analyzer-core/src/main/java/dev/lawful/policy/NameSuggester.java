package dev.lawful.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the valid names closest to a misspelt one, for "did you mean ..." hints. */
public final class NameSuggester {

    private static final int MAX_SUGGESTIONS = 3;

    private NameSuggester() {
    }

    /** The closest candidates by edit distance, best first; empty when none is close. */
    public static List<String> closest(String wrong, Collection<String> candidates) {
        String needle = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, needle.length() / 3);
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            int distance = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (distance <= limit || sameLastSegment(needle, candidate) || sharesStem(needle, candidate)) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(MAX_SUGGESTIONS).map(Scored::name).distinct().toList();
    }

    /** "; did you mean 'a' or 'b'?" or an empty string. */
    public static String hint(String wrong, Collection<String> candidates) {
        List<String> closest = closest(wrong, candidates);
        if (closest.isEmpty()) {
            return "";
        }
        StringBuilder hint = new StringBuilder("; did you mean ");
        for (int i = 0; i < closest.size(); i++) {
            if (i > 0) {
                hint.append(i == closest.size() - 1 ? " or " : ", ");
            }
            hint.append('\'').append(closest.get(i)).append('\'');
        }
        return hint.append('?').toString();
    }

    /** "erasing" is close to "erasure", "implicit" to "implied": the same first four letters of a word. */
    private static boolean sharesStem(String wrong, String candidate) {
        return wrong.length() >= 4 && candidate.length() >= 4 && wrong.indexOf('.') < 0 && candidate.indexOf('.') < 0
                && wrong.regionMatches(true, 0, candidate, 0, 4);
    }

    /** "user.email" is close to "user.contact.email" although far in edits. */
    private static boolean sameLastSegment(String wrong, String candidate) {
        int dot = wrong.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String last = wrong.substring(dot + 1);
        return !last.isEmpty() && candidate.toLowerCase(Locale.ROOT).endsWith("." + last);
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

    private record Scored(String name, int distance) {
    }
}
