package dev.lawful.classify.token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of token patterns compiled once and matched against the tokens of many identifiers.
 * A pattern is words separated by spaces; word boundaries inside a pattern and inside an
 * identifier do not matter, only its ends must fall on token boundaries: "first name"
 * matches firstName, first_name and firstname; "email" matches eMail and e_mail. A '*'
 * stands for letters within one token ("*adress" matches fakturaadress and the adress of
 * faktura_adress, never a run of tokens). The plural and genitive endings of the language
 * packs ({@link LanguagePack}) are tolerated at the end of an identifier's run (emails,
 * phoneNumbers, hetut, brukere, kunden).
 *
 * <p>Exact patterns are looked up in a hash map by their joined text, so matching costs a
 * few lookups per token whatever the size of the taxonomy; wildcard patterns are tested one
 * by one with a linear glob match (no regular expressions, no backtracking blow-up).
 *
 * @param <T> what a pattern stands for
 */
public final class PatternIndex<T> {

    private static final int EXTRA_RUN_TOKENS = 2;
    private static final int MAX_RUN_TOKENS = 6;
    /** The plural and genitive endings of every language pack (emails, hetut, brukere, kunden). */
    private static final List<LanguagePack.Ending> ENDINGS = LanguagePack.builtin().endings();

    private final Map<String, List<Entry<T>>> exact = new HashMap<>();
    private final List<Entry<T>> wildcards = new ArrayList<>();
    private int maxRunTokens = 1;

    /** A compiled pattern and what it stands for. */
    public record Entry<T>(String pattern, String joined, int words, T value) {
    }

    /** A pattern found in an identifier, over tokens {@code start} (inclusive) to {@code end}. */
    public record Match<T>(Entry<T> entry, int start, int end) {

        public T value() {
            return entry.value();
        }

        public String pattern() {
            return entry.pattern();
        }

        public int length() {
            return end - start;
        }
    }

    /** Adds a pattern; patterns that normalise to nothing are ignored. */
    public void add(String pattern, T value) {
        List<String> words = new ArrayList<>();
        for (String word : pattern.trim().split("\\s+")) {
            for (String raw : word.contains("*") ? List.of(word) : Tokenizer.rawTokens(word)) {
                String normal = raw.contains("*") ? normalizeWildcard(raw) : Tokenizer.normalize(raw);
                if (!normal.isEmpty()) {
                    words.add(normal);
                }
            }
        }
        String joined = String.join("", words);
        if (joined.isEmpty() || joined.chars().allMatch(c -> c == '*')) {
            return;
        }
        Entry<T> entry = new Entry<>(pattern.trim(), joined, words.size(), value);
        if (joined.contains("*")) {
            wildcards.add(entry);
        } else {
            exact.computeIfAbsent(joined, key -> new ArrayList<>()).add(entry);
        }
        maxRunTokens = Math.min(MAX_RUN_TOKENS, Math.max(maxRunTokens, words.size() + EXTRA_RUN_TOKENS));
    }

    private static String normalizeWildcard(String word) {
        StringBuilder out = new StringBuilder();
        for (String part : word.split("\\*", -1)) {
            if (out.length() > 0 || word.startsWith("*")) {
                out.append('*');
            }
            out.append(Tokenizer.normalize(part).replaceAll("[^\\p{L}\\p{N}]", ""));
        }
        return out.toString().replaceAll("\\*+", "*");
    }

    /** Every exact pattern whose value passes {@code filter}, as one joined word ("firstname", "email"). */
    public java.util.Set<String> joinedPatterns(java.util.function.Predicate<T> filter) {
        java.util.Set<String> joined = new java.util.HashSet<>();
        exact.forEach((key, entries) -> {
            if (entries.stream().anyMatch(entry -> filter.test(entry.value()))) {
                joined.add(key);
            }
        });
        return joined;
    }

    /** The exact words of every pattern, for splitting compounds. */
    public List<String> words() {
        List<String> words = new ArrayList<>(exact.keySet());
        for (List<Entry<T>> entries : exact.values()) {
            for (Entry<T> entry : entries) {
                for (String word : entry.pattern().split("\\s+")) {
                    words.add(Tokenizer.normalize(word));
                }
            }
        }
        for (Entry<T> entry : wildcards) {
            for (String part : entry.joined().split("\\*")) {
                if (part.length() > 2) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    /** Every pattern that matches a run of the tokens, in order of position then length. */
    public List<Match<T>> find(List<String> tokens) {
        List<Match<T>> matches = new ArrayList<>();
        int n = tokens.size();
        for (int start = 0; start < n; start++) {
            StringBuilder run = new StringBuilder();
            for (int end = start + 1; end <= Math.min(n, start + maxRunTokens); end++) {
                run.append(tokens.get(end - 1));
                String joined = run.toString();
                addExact(matches, joined, start, end);
                for (LanguagePack.Ending ending : ENDINGS) {
                    String base = ending.base(joined);
                    if (base != null) {
                        addExact(matches, base, start, end);
                    }
                }
                for (Entry<T> entry : end == start + 1 ? wildcards : List.<Entry<T>>of()) {
                    if (Glob.matches(entry.joined(), joined)) {
                        matches.add(new Match<>(entry, start, end));
                    }
                }
            }
        }
        return matches;
    }

    /** Whether no pattern was added. */
    public boolean isEmpty() {
        return exact.isEmpty() && wildcards.isEmpty();
    }

    private void addExact(List<Match<T>> matches, String joined, int start, int end) {
        List<Entry<T>> entries = exact.get(joined);
        if (entries != null) {
            for (Entry<T> entry : entries) {
                matches.add(new Match<>(entry, start, end));
            }
        }
    }

    /** Glob matching with '*' only, linear in practice (greedy with one backtrack point). */
    static final class Glob {

        private Glob() {
        }

        static boolean matches(String glob, String text) {
            int g = 0;
            int t = 0;
            int star = -1;
            int mark = 0;
            while (t < text.length()) {
                if (g < glob.length() && glob.charAt(g) == text.charAt(t)) {
                    g++;
                    t++;
                } else if (g < glob.length() && glob.charAt(g) == '*') {
                    star = g++;
                    mark = t;
                } else if (star >= 0) {
                    g = star + 1;
                    t = ++mark;
                } else {
                    return false;
                }
            }
            while (g < glob.length() && glob.charAt(g) == '*') {
                g++;
            }
            return g == glob.length();
        }
    }
}
