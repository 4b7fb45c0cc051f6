package dev.lawful.classify;

import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scanned types a key may be named for, by the words of their names: a person's type
 * (Applicant) or a person's separate record (ApplicantHistory). A key names one when the
 * words before its key word spell the type's head noun, written out or abbreviated word by word
 * ({@code applicantId}, {@code applId}, {@code applHistoryId}, {@code aphiId} for ApplicantHistory).
 * Indexed by the first two letters of the name, so that resolving a key reads only the few types
 * that start alike.
 */
final class KeyTargets {

    /** Letters a key's abbreviation must have at least (appl, aphi), so that a short word names no type. */
    private static final int MIN_ABBREVIATION = 4;
    /** Letters each word of the type's name gives the abbreviation at least (ap + hi). */
    private static final int MIN_PER_WORD = 2;
    /** How many words before the key word may name the type (partnerApplId: appl). */
    private static final int MAX_WORDS = 2;

    /**
     * @param words the type's head noun, word by word (applicant, history)
     * @param person whether the type is a person's; else it is a person's separate record
     */
    record Target(TypeInfo type, List<String> words, boolean person, String why) {
    }

    private final Map<String, List<Target>> byStart = new HashMap<>();

    void add(TypeInfo type, List<String> words, boolean person, String why) {
        if (words.isEmpty() || words.get(0).length() < MIN_PER_WORD) {
            return;
        }
        byStart.computeIfAbsent(words.get(0).substring(0, MIN_PER_WORD), key -> new ArrayList<>())
                .add(new Target(type, List.copyOf(words), person, why));
    }

    /**
     * The type a key named by {@code tokens} refers to (the last token a key word), or empty; never
     * {@code owner} itself nor a type whose head noun is the owner's (applId in ApplicantDto is its own key).
     */
    Optional<Target> of(List<String> tokens, CompiledTaxonomy taxonomy, TypeInfo owner, String ownerHead) {
        int key = tokens.size() - 1;
        if (key < 1 || !taxonomy.isKeyWord(tokens.get(key))) {
            return Optional.empty();
        }
        for (int words = Math.min(MAX_WORDS, key); words >= 1; words--) {
            String written = String.join("", tokens.subList(key - words, key));
            if (written.length() < MIN_ABBREVIATION) {
                continue;
            }
            for (Target target : byStart.getOrDefault(written.substring(0, MIN_PER_WORD), List.of())) {
                if (target.type() != owner && !String.join(" ", target.words()).equals(ownerHead)
                        && abbreviates(written, 0, target.words(), 0)) {
                    return Optional.of(target);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code written} from {@code at} is a prefix of each remaining word in turn, every word giving some. */
    private static boolean abbreviates(String written, int at, List<String> words, int word) {
        if (word == words.size()) {
            return at == written.length();
        }
        String next = words.get(word);
        int most = Math.min(next.length(), written.length() - at);
        for (int take = most; take >= MIN_PER_WORD; take--) {
            if (written.regionMatches(at, next, 0, take) && abbreviates(written, at + take, words, word + 1)) {
                return true;
            }
        }
        return false;
    }
}
