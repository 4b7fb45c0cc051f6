package dev.lawful.scan.source;

import com.github.javaparser.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where JavaParser places a problem: the token it stopped at, or, for a lexical error that has
 * no token, the line and column its message names ({@code Lexical error at line 3, column 9}).
 */
final class ParserPositions {

    private static final Pattern LINE_AND_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");

    private ParserPositions() {
    }

    /** {line, column}, or {0, 0} when the parser said neither. */
    static int[] of(Problem problem) {
        var begin = problem.getLocation().flatMap(range -> range.getBegin().getRange()).map(range -> range.begin);
        if (begin.isPresent()) {
            return new int[] {begin.get().line, begin.get().column};
        }
        Matcher matcher = LINE_AND_COLUMN.matcher(problem.getMessage());
        if (matcher.find()) {
            return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
        }
        return new int[] {0, 0};
    }
}
