package dev.lawful.policy;

/**
 * A place in a text file that a user wrote: a rule file, or a scanned Java file.
 * Lines and columns are 1-based; 0 means unknown.
 */
public record SourceRef(String file, int line, int column) {

    public static SourceRef of(String file) {
        return new SourceRef(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
