package dev.lawful.report.ropa;

import dev.lawful.report.ReportWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of the {@code ropa} format: the workbook, the printable page, one CSV per table,
 * and the DPIA screening as JSON.
 */
public final class RopaReports {

    public static final String FORMAT = "ropa";

    /** The tables of the record, in the order of the workbook's sheets; each is also a CSV file. */
    public static final List<String> TABLES = List.of("purposes", "categories", "in-code-not-in-policy",
            "in-policy-not-in-code", "recipients", "retention", "security", "processor", "dpia");

    private RopaReports() {
    }

    public static List<ReportWriter> writers() {
        List<ReportWriter> writers = new ArrayList<>();
        writers.add(new RopaWorkbookWriter());
        writers.add(new RopaHtmlWriter());
        TABLES.forEach(table -> writers.add(new RopaCsvWriter(table)));
        writers.add(new DpiaJsonWriter());
        return List.copyOf(writers);
    }
}
