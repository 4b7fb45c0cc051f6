package dev.lawful.check;

import java.util.List;

/**
 * Consecutive lines of one scanned text file (Java source or rule file), kept so that
 * reports can show a finding in context without reading the file again.
 *
 * @param file the path as findings give it, relative to the base directory, with '/'
 * @param firstLine the 1-based number of the first line in {@code lines}
 * @param lines the text of the lines, without line terminators
 */
public record Snippet(String file, int firstLine, List<String> lines) {

    public Snippet {
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be at least 1: " + firstLine);
        }
        lines = List.copyOf(lines);
    }

    public int lastLine() {
        return firstLine + lines.size() - 1;
    }

    public boolean contains(int line) {
        return line >= firstLine && line <= lastLine();
    }

    /** The text of a 1-based line within this snippet. */
    public String line(int line) {
        return lines.get(line - firstLine);
    }
}
