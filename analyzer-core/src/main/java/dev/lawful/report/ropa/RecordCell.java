package dev.lawful.report.ropa;

/**
 * One cell of the record of processing.
 *
 * @param gap true when the policy leaves this empty or the code contradicts it; writers
 *     highlight such cells
 */
public record RecordCell(String text, boolean gap) {

    /** What a cell says when the rule files leave it empty. */
    public static final String NOT_STATED_TEXT = "not stated in the policy";

    public static final RecordCell NOT_STATED = new RecordCell(NOT_STATED_TEXT, true);

    public static RecordCell of(String text) {
        return new RecordCell(text == null ? "" : text, false);
    }

    public static RecordCell gap(String text) {
        return new RecordCell(text, true);
    }

    /** The text, or {@link #NOT_STATED} when it is null or blank. */
    public static RecordCell stated(String text) {
        return text == null || text.isBlank() ? NOT_STATED : of(text);
    }
}
