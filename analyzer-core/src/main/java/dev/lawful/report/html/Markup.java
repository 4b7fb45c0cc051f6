package dev.lawful.report.html;

/**
 * An HTML document under construction. Text and attribute values always go through
 * {@link #escape}; only the writer's own constant markup is appended raw.
 */
public final class Markup {

    private final StringBuilder html = new StringBuilder(64 * 1024);

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
        html.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Markup text(String text) {
        html.append(escape(text));
        return this;
    }

    Markup text(long number) {
        html.append(number);
        return this;
    }

    /** Appends {@code <tag attrs>text</tag>}; {@code attrs} is the writer's own markup. */
    Markup element(String tag, String attrs, String text) {
        html.append('<').append(tag);
        if (!attrs.isEmpty()) {
            html.append(' ').append(attrs);
        }
        html.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    Markup element(String tag, String text) {
        return element(tag, "", text);
    }

    /** An attribute with an escaped value, to pass to {@link #element} or {@link #raw}. */
    static String attr(String name, String value) {
        return name + "=\"" + escape(value) + "\"";
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
