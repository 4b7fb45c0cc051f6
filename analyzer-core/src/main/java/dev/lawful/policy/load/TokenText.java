package dev.lawful.policy.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Detection patterns as the classifier compares them: lower-case ASCII tokens separated by
 * single spaces, diacritics removed (sähköposti → sahkoposti, kön → kon).
 */
final class TokenText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PATTERN = Pattern.compile(
            "[a-z0-9*]*[a-z0-9][a-z0-9*]*( [a-z0-9*]*[a-z0-9][a-z0-9*]*)*");

    private TokenText() {
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("œ", "oe").replace("ł", "l").replace("đ", "d");
        return SPACES.matcher(plain.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Whether a normalised pattern is well formed: tokens of letters and digits, '*' as a wildcard. */
    static boolean isPattern(String normalised) {
        return PATTERN.matcher(normalised).matches();
    }
}
