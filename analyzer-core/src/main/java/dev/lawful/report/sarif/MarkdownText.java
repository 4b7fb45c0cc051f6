package dev.lawful.report.sarif;

import java.util.regex.Pattern;

/** Rule documentation (Markdown) as the plain text that SARIF's text properties want. */
final class MarkdownText {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private MarkdownText() {
    }

    static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("");
        return HEADING.matcher(text).replaceAll("").strip();
    }

    static String firstParagraph(String markdown) {
        String paragraph = PARAGRAPH_BREAK.split(markdown.strip(), 2)[0];
        return SarifWriter.sentence(LINE_BREAK.matcher(plain(paragraph)).replaceAll(" "));
    }
}
