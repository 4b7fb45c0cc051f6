package dev.lawful.classify.token;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits identifiers into lower-case tokens without diacritics: camelCase, snake_case,
 * kebab-case, acronyms ({@code IPAddress} gives ip, address) and digits
 * ({@code address2} gives address, 2) are boundaries; {@code kön} becomes kon, {@code ß} ss.
 * A long token that is entirely made of known words, one of them a whole category pattern
 * (an anchor), is split into them ({@code kundnamn} gives kund, namn), so that compounds and
 * lower-case names like {@code useremail} meet the same patterns as their camel-cased forms,
 * while ordinary words made of two known ones ({@code viewport}) stay whole. A token no known
 * word reads is read again with the letters the language packs spell out put back
 * ({@code doedsdato} is dødsdato, folded dodsdato; {@code flurstueck} is Flurstück).
 */
public final class Tokenizer {

    private static final int MIN_COMPOUND_LENGTH = 6;
    /** Letters the language packs write as others (ø as o, ß as ss). */
    private static final java.util.Map<String, String> FOLDINGS = LanguagePack.builtin().foldings();
    /** Per language, how identifiers spell letters they cannot hold (oe for ø, aa for å, ue for ü), and the folded letter. */
    private static final List<Map<String, String>> TRANSLITERATIONS = LanguagePack.builtin().transliterations();
    /** Shorter tokens are not read again respelled: short words collide (does, dos). */
    private static final int MIN_RESPELLED_LENGTH = 5;
    /** A compound's head word (its last, in the Germanic and Finnic languages) must be this long to be split off alone. */
    private static final int MIN_HEAD_LENGTH = 5;
    private static final int MIN_MODIFIER_LENGTH = 3;
    private static final int MIN_PART_LENGTH = 2;

    /** Distinct raw tokens whose words are kept: bounds the memory a file of random names can take. */
    private static final int REMEMBERED_TOKENS = 100_000;

    private final Set<String> vocabulary;
    private final Set<String> anchors;
    private final int longestWord;
    private final Map<String, List<String>> wordsByRawToken = new ConcurrentHashMap<>();

    /**
     * @param vocabulary normalised words that compounds may be split into
     * @param anchors the words of which a split needs at least one
     */
    public Tokenizer(Set<String> vocabulary, Set<String> anchors) {
        this.vocabulary = Set.copyOf(vocabulary);
        this.anchors = Set.copyOf(anchors);
        this.longestWord = vocabulary.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Lower case, diacritics removed, letters and digits only. */
    public static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        String decomposed = ascii ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String folded = c < 128 ? null : FOLDINGS.get(String.valueOf(c));
            if (folded != null) {
                out.append(folded);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The identifier's tokens, compounds split where the vocabulary covers them fully. */
    public List<String> tokens(String identifier) {
        List<String> tokens = new ArrayList<>();
        for (String raw : rawTokens(identifier)) {
            if (isAsciiDigits(raw)) {
                tokens.add(raw);
            } else {
                tokens.addAll(wordsOf(raw));
            }
        }
        return tokens;
    }

    /** A raw token normalised and split, read once per distinct token (identifiers share their words). */
    private List<String> wordsOf(String raw) {
        List<String> known = wordsByRawToken.get(raw);
        if (known != null) {
            return known;
        }
        List<String> words = read(normalize(raw));
        if (wordsByRawToken.size() < REMEMBERED_TOKENS) {
            wordsByRawToken.put(raw, words);
        }
        return words;
    }

    /**
     * The token's words; when known words do not read it, those of its respelling in the first
     * language where they do (doedsdato gives dodsdato, as dødsdato does).
     */
    private List<String> read(String token) {
        List<String> words = split(token);
        if (token.length() < MIN_RESPELLED_LENGTH || known(words)) {
            return words;
        }
        for (Map<String, String> spellings : TRANSLITERATIONS) {
            String respelled = respelled(token, spellings);
            if (!respelled.equals(token)) {
                List<String> respelledWords = split(respelled);
                if (known(respelledWords)) {
                    return respelledWords;
                }
            }
        }
        return words;
    }

    private List<String> split(String token) {
        List<String> parts = token.isEmpty() ? List.of() : splitCompound(token);
        return parts == null ? List.of(token) : List.copyOf(parts);
    }

    private boolean known(List<String> words) {
        return words.stream().allMatch(vocabulary::contains);
    }

    /** The token with every spelled-out letter of one language (oe, aa) replaced by its folded form, left to right. */
    static String respelled(String token, Map<String, String> spellings) {
        StringBuilder out = new StringBuilder(token.length());
        int i = 0;
        while (i < token.length()) {
            String letter = null;
            int length = 0;
            for (var spelling : spellings.entrySet()) {
                if (spelling.getKey().length() > length && token.startsWith(spelling.getKey(), i)) {
                    letter = spelling.getValue();
                    length = spelling.getKey().length();
                }
            }
            out.append(letter != null ? letter : String.valueOf(token.charAt(i)));
            i += letter != null ? length : 1;
        }
        return out.toString();
    }

    /** Digits are their own normal form and never a compound. */
    private static boolean isAsciiDigits(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Splits on case changes, digits and every character that is not a letter or digit. */
    static List<String> rawTokens(String identifier) {
        List<String> tokens = new ArrayList<>();
        int length = identifier.length();
        int start = -1;
        for (int i = 0; i < length; i++) {
            char c = identifier.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                start = flush(identifier, start, i, tokens);
                continue;
            }
            if (start >= 0 && isBoundary(identifier, i)) {
                start = flush(identifier, start, i, tokens);
            }
            if (start < 0) {
                start = i;
            }
        }
        flush(identifier, start, length, tokens);
        return tokens;
    }

    private static int flush(String identifier, int start, int end, List<String> tokens) {
        if (start >= 0 && end > start) {
            tokens.add(identifier.substring(start, end));
        }
        return -1;
    }

    private static boolean isBoundary(String s, int i) {
        char previous = s.charAt(i - 1);
        char current = s.charAt(i);
        if (!Character.isLetterOrDigit(previous)) {
            return false;
        }
        if (Character.isDigit(previous) != Character.isDigit(current)) {
            return true;
        }
        if (Character.isLowerCase(previous) && Character.isUpperCase(current)) {
            return true;
        }
        // the last capital of an acronym starts the next word: IPAddress -> IP, Address
        return Character.isUpperCase(previous) && Character.isUpperCase(current)
                && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
    }

    /** The fewest known words that make up {@code token} exactly, or null. */
    List<String> splitCompound(String token) {
        if (token.length() < MIN_COMPOUND_LENGTH || vocabulary.contains(token) || !isLetters(token)) {
            return null;
        }
        int n = token.length();
        int[] parts = new int[n + 1];
        int[] previous = new int[n + 1];
        java.util.Arrays.fill(parts, Integer.MAX_VALUE);
        parts[0] = 0;
        for (int end = MIN_PART_LENGTH; end <= n; end++) {
            for (int begin = Math.max(0, end - longestWord); begin <= end - MIN_PART_LENGTH; begin++) {
                if (parts[begin] != Integer.MAX_VALUE && parts[begin] + 1 < parts[end]
                        && vocabulary.contains(token.substring(begin, end))) {
                    parts[end] = parts[begin] + 1;
                    previous[end] = begin;
                }
            }
        }
        if (parts[n] == Integer.MAX_VALUE) {
            return headOfCompound(token, parts, previous);
        }
        if (parts[n] < 2) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int end = n; end > 0; end = previous[end]) {
            words.add(0, token.substring(previous[end], end));
        }
        return words.stream().anyMatch(anchors::contains) ? words : null;
    }

    /**
     * derzeitausgeubterberuf, portefoljebruker: a compound whose modifier is not a known word ends
     * in its head, a known word of at least five letters (an anchor or a role word), which is split
     * off; the modifier stays one token, or is split where known words cover it or where it ends
     * in a head of its own.
     */
    private List<String> headOfCompound(String token, int[] parts, int[] previous) {
        int n = token.length();
        for (int begin = Math.max(MIN_MODIFIER_LENGTH, n - longestWord); begin <= n - MIN_HEAD_LENGTH; begin++) {
            String head = token.substring(begin);
            if (vocabulary.contains(head)) {
                List<String> words = new ArrayList<>();
                if (parts[begin] != Integer.MAX_VALUE && parts[begin] >= 1) {
                    for (int end = begin; end > 0; end = previous[end]) {
                        words.add(0, token.substring(previous[end], end));
                    }
                } else {
                    // rivimuokkaajatunnus: the modifier may itself end in a head (rivi, muokkaaja)
                    String modifier = token.substring(0, begin);
                    List<String> modifierWords = headOfCompound(modifier, parts, previous);
                    words.addAll(modifierWords != null ? modifierWords : List.of(modifier));
                }
                words.add(head);
                return words;
            }
        }
        return null;
    }

    private static boolean isLetters(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
