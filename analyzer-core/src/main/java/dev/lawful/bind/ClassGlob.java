package dev.lawful.bind;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A class-name pattern as written in a rule file: {@code *} matches within one package
 * segment, {@code **} across segments, and a pattern without a dot matches the simple name
 * ({@code Customer}, {@code *Dto}). Nested types match by their dotted name
 * ({@code com.shop.Order.Line}).
 */
public final class ClassGlob {

    private final String text;
    private final Pattern pattern;
    private final boolean simpleNameOnly;

    private ClassGlob(String text) {
        this.text = text;
        this.simpleNameOnly = !text.contains(".");
        this.pattern = Pattern.compile(toRegex(text));
    }

    public static ClassGlob of(String text) {
        return new ClassGlob(text);
    }

    public static List<ClassGlob> all(List<String> texts) {
        return texts.stream().map(ClassGlob::of).toList();
    }

    public static boolean anyMatches(List<ClassGlob> globs, String qualifiedName) {
        return globs.stream().anyMatch(g -> g.matches(qualifiedName));
    }

    public boolean matches(String qualifiedName) {
        if (simpleNameOnly) {
            String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
            return pattern.matcher(simple).matches();
        }
        return pattern.matcher(qualifiedName).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean dotFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '.';
                regex.append(dotFollows ? "(?:.*\\.)?" : ".*");
                i += dotFollows ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^.]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
