package dev.lawful.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * An HTML document being written: it streams into the writer, so that the memory a report
 * takes does not grow with the page. Text and attribute values always go through
 * {@link #escape}; only the writer's own constant markup is appended raw. A failed write
 * surfaces as an {@link UncheckedIOException}, which {@link HtmlReportWriter} unwraps.
 */
public final class Markup {

    private final Writer html;

    Markup(Writer out) {
        this.html = out;
    }

    /** Escapes text for use in element content and in quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Appends the writer's own markup, which must contain nothing from the input. */
    Markup raw(String markup) {
        return append(markup);
    }

    /** Appends escaped text. */
    Markup text(String text) {
        return append(escape(text));
    }

    Markup text(long number) {
        return append(Long.toString(number));
    }

    /** Appends {@code <tag attrs>text</tag>}; {@code attrs} is the writer's own markup. */
    Markup element(String tag, String attrs, String text) {
        append("<").append(tag);
        if (!attrs.isEmpty()) {
            append(" ").append(attrs);
        }
        return append(">").append(escape(text)).append("</").append(tag).append(">");
    }

    Markup element(String tag, String text) {
        return element(tag, "", text);
    }

    /** An attribute with an escaped value, to pass to {@link #element} or {@link #raw}. */
    static String attr(String name, String value) {
        return name + "=\"" + escape(value) + "\"";
    }

    private Markup append(String text) {
        try {
            html.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
