package dev.lawful.scan.source;

/**
 * Where a source nests deepest: the innermost opening parenthesis, bracket or brace of the
 * first place the depth reaches its maximum, outside comments, strings and character literals. It is where a
 * file too deeply nested for the parser is reported, since the parser's overflow says nowhere.
 * Type arguments are not counted ({@code <} is also less-than).
 *
 * @param line 1-based; 0 when the text opens nothing
 * @param column 1-based
 */
record DeepestNesting(int line, int column, int depth) {

    static DeepestNesting of(String text) {
        int line = 1;
        int column = 1;
        int depth = 0;
        DeepestNesting deepest = new DeepestNesting(0, 0, 0);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int skip = skipped(text, i);
            if (skip > i) {
                for (int k = i; k < skip; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                i = skip;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth > deepest.depth()) {
                    deepest = new DeepestNesting(line, column, depth);
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i++;
        }
        return deepest;
    }

    /** The end of a comment, string or character literal starting at {@code i}, or {@code i}. */
    private static int skipped(String text, int i) {
        if (text.startsWith("//", i)) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        if (text.startsWith("\"\"\"", i)) {
            int end = text.indexOf("\"\"\"", i + 3);
            return end < 0 ? text.length() : end + 3;
        }
        char c = text.charAt(i);
        if (c == '"' || c == '\'') {
            int k = i + 1;
            while (k < text.length() && text.charAt(k) != c && text.charAt(k) != '\n') {
                k += text.charAt(k) == '\\' ? 2 : 1;
            }
            return Math.min(text.length(), k + 1);
        }
        return i;
    }
}
