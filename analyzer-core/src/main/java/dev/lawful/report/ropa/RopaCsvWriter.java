package dev.lawful.report.ropa;

import dev.lawful.Result;
import dev.lawful.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One table of the record as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted
 * where they hold a comma, a quote or a line break), UTF-8, header row first.
 */
public final class RopaCsvWriter implements ReportWriter {

    private final String table;

    public RopaCsvWriter(String table) {
        this.table = table;
    }

    @Override
    public String format() {
        return RopaReports.FORMAT;
    }

    @Override
    public String fileName() {
        return "lawful-ropa/" + table + ".csv";
    }

    @Override
    public void write(Result result, Writer out) throws IOException {
        RecordTable records = new ProcessingRecordBuilder(result).build().table(table);
        line(out, records.headers());
        for (List<RecordCell> row : records.rows()) {
            line(out, row.stream().map(RecordCell::text).toList());
        }
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
