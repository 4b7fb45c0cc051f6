package dev.lawful.classify.token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>Exact patterns are looked up in a hash map by their joined text; on first use the map
 * is compiled with every plural and genitive form of every pattern already spelled out, so a
 * run of tokens costs one lookup whatever the size of the taxonomy and the number of
 * endings. Wildcard patterns are tested one by one with a linear glob match (no regular
 * expressions, no backtracking blow-up). What a single token matches, exactly and by
 * wildcard, is kept by the token, since identifiers share their words (email0 ... email99999).
 *
 * @param <T> what a pattern stands for
 */
public final class PatternIndex<T> {

    private static final int EXTRA_RUN_TOKENS = 2;
    private static final int MAX_RUN_TOKENS = 6;
    /** The plural and genitive endings of every language pack (emails, hetut, brukere, kunden). */
    private static final List<LanguagePack.Ending> ENDINGS = LanguagePack.builtin().endings();
    /** Short forms of number words (nr for nummer): kommunenr matches a pattern kommunenummer. */
    private static final Set<LanguagePack.Abbreviation> ABBREVIATIONS = LanguagePack.builtin().abbreviations();
    /** The letters before an abbreviated number word: a pattern of a number word alone is not abbreviated. */
    private static final int MIN_ABBREVIATED_STEM = 3;

    /** Distinct tokens whose wildcard matches are kept: bounds the memory a file of random names can take. */
    private static final int REMEMBERED_TOKENS = 100_000;

    private final Map<String, List<Entry<T>>> exact = new HashMap<>();
    private final List<Entry<T>> wildcards = new ArrayList<>();
    private int maxRunTokens = 1;
    /** The patterns compiled for matching, made on the first {@link #find} after the last {@link #add}. */
    private volatile Compiled<T> compiled;

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
        compiled = null;
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
        Compiled<T> patterns = compiled();
        List<Match<T>> matches = new ArrayList<>();
        int n = tokens.size();
        StringBuilder run = n > 1 ? new StringBuilder() : null;
        for (int start = 0; start < n; start++) {
            String token = tokens.get(start);
            add(matches, patterns.matching(token), start, start + 1);
            if (run != null) {
                run.setLength(0);
                run.append(token);
            }
            for (int end = start + 2; end <= Math.min(n, start + maxRunTokens); end++) {
                run.append(tokens.get(end - 1));
                add(matches, patterns.forms().getOrDefault(run.toString(), List.of()), start, end);
            }
        }
        return matches;
    }

    private static <T> void add(List<Match<T>> matches, List<Entry<T>> entries, int start, int end) {
        for (int i = 0; i < entries.size(); i++) {
            matches.add(new Match<>(entries.get(i), start, end));
        }
    }

    /** Builds the lookup tables now; otherwise the first {@link #find} builds them (again after an {@link #add}). */
    public void compile() {
        compiled();
    }

    private Compiled<T> compiled() {
        Compiled<T> patterns = compiled;
        if (patterns == null) {
            patterns = new Compiled<>(inflectedForms(), List.copyOf(wildcards),
                    wildcards.stream().filter(entry -> !hasLetter(entry.joined())).toList(), new ConcurrentHashMap<>());
            compiled = patterns;
        }
        return patterns;
    }

    /**
     * Every word an exact pattern matches, with the patterns it matches in the order of a
     * lookup of the word itself followed by one of its base under each ending in turn: the
     * patterns' own words and every form an ending makes of them (bruker gives brukere, brukerne).
     */
    private Map<String, List<Entry<T>>> inflectedForms() {
        Set<String> words = new HashSet<>(exact.keySet());
        for (String pattern : exact.keySet()) {
            for (LanguagePack.Ending ending : ENDINGS) {
                String form = ending.inflected(pattern);
                if (form != null) {
                    words.add(form);
                }
            }
        }
        Map<String, List<Entry<T>>> forms = new HashMap<>();
        for (String word : words) {
            List<Entry<T>> entries = new ArrayList<>(exact.getOrDefault(word, List.of()));
            for (LanguagePack.Ending ending : ENDINGS) {
                String base = ending.base(word);
                if (base != null) {
                    entries.addAll(exact.getOrDefault(base, List.of()));
                }
            }
            if (!entries.isEmpty()) {
                forms.put(word, List.copyOf(entries));
            }
        }
        abbreviatedForms().forEach((form, pattern) -> forms.computeIfAbsent(form, key -> exact.get(pattern)));
        return forms;
    }

    /**
     * The form of each exact pattern that ends in a number word with that word abbreviated
     * (kommunenummer gives kommunenr, kuntanumero kuntanro, case number caseno), by the
     * pattern; a form that is itself a pattern keeps its own meaning.
     */
    private Map<String, String> abbreviatedForms() {
        Map<String, String> forms = new java.util.TreeMap<>();
        for (String pattern : new java.util.TreeSet<>(exact.keySet())) {
            for (LanguagePack.Abbreviation abbreviation : ABBREVIATIONS) {
                int stem = pattern.length() - abbreviation.word().length();
                if (stem >= MIN_ABBREVIATED_STEM && pattern.endsWith(abbreviation.word())) {
                    String form = pattern.substring(0, stem) + abbreviation.shortForm();
                    if (!exact.containsKey(form)) {
                        forms.putIfAbsent(form, pattern);
                    }
                }
            }
        }
        return forms;
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exact patterns by every form they match; the wildcard patterns, and those without a
     * letter (the only ones a number can match: a glob's letters must all be in the text); what
     * each token with letters met so far matched.
     */
    private record Compiled<T>(Map<String, List<Entry<T>>> forms, List<Entry<T>> wildcards,
            List<Entry<T>> letterless, Map<String, List<Entry<T>>> byToken) {

        /** The patterns one token matches: its exact forms, then the wildcards, in the order added. */
        List<Entry<T>> matching(String token) {
            if (!hasLetter(token)) {
                // not kept: generated code numbers its fields (email0 ... email99999)
                return matching(token, letterless);
            }
            List<Entry<T>> known = byToken.get(token);
            if (known != null) {
                return known;
            }
            List<Entry<T>> matching = matching(token, wildcards);
            if (byToken.size() < REMEMBERED_TOKENS) {
                byToken.put(token, matching);
            }
            return matching;
        }

        private List<Entry<T>> matching(String token, List<Entry<T>> globs) {
            List<Entry<T>> exactly = forms.getOrDefault(token, List.of());
            List<Entry<T>> matching = null;
            for (Entry<T> entry : globs) {
                if (Glob.matches(entry.joined(), token)) {
                    matching = matching != null ? matching : new ArrayList<>(exactly);
                    matching.add(entry);
                }
            }
            return matching == null ? exactly : List.copyOf(matching);
        }
    }

    /** Whether no pattern was added. */
    public boolean isEmpty() {
        return exact.isEmpty() && wildcards.isEmpty();
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
