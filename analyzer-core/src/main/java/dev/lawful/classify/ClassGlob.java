package dev.lawful.classify;

import java.util.regex.Pattern;

/**
 * A class-name pattern of the rule files: '*' within one segment, '**' across segments;
 * a pattern without a dot matches the simple name (nested types too).
 */
final class ClassGlob {

    private final Pattern pattern;
    private final boolean simple;

    ClassGlob(String glob) {
        this.simple = !glob.contains(".");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean dotAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '.';
                regex.append(dotAfter ? "(?:.*\\.)?" : ".*");
                i += dotAfter ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^.]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(regex.toString());
    }

    boolean matches(String qualifiedName, String simpleName) {
        return pattern.matcher(simple ? simpleName : qualifiedName).matches();
    }
}
