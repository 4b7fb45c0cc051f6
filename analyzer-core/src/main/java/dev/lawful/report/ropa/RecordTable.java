package dev.lawful.report.ropa;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of the record: a sheet of the workbook, a CSV file, a section of the HTML page.
 *
 * @param id file-name stem of the CSV ({@code purposes})
 * @param title the sheet's name and the section's heading, at most 31 characters
 * @param description what the table shows, one sentence
 */
public record RecordTable(String id, String title, String description, List<String> headers,
        List<List<RecordCell>> rows) {

    public static final int MAX_TITLE = 31;

    public RecordTable {
        if (title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("sheet title longer than " + MAX_TITLE + ": " + title);
        }
        headers = List.copyOf(headers);
        List<List<RecordCell>> copied = new ArrayList<>();
        for (List<RecordCell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(id + ": a row has " + row.size() + " cells for "
                        + headers.size() + " columns");
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }
}
