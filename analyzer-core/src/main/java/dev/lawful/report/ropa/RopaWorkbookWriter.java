package dev.lawful.report.ropa;

import dev.lawful.Result;
import dev.lawful.report.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The record of processing as an Excel workbook ({@code lawful-ropa.xlsx}), one sheet per
 * table, gaps highlighted. Written with Apache POI; the document's dates and the archive's
 * entry times are fixed, so that the same analysis gives the same bytes.
 */
public final class RopaWorkbookWriter implements ReportWriter {

    /** The creation date written into every workbook, in place of the time of the run. */
    static final Date FIXED_DATE = new Date(ReproducibleZip.FIXED_TIME);
    private static final int MAX_COLUMN_CHARS = 60;
    private static final int MIN_COLUMN_CHARS = 8;

    @Override
    public String format() {
        return RopaReports.FORMAT;
    }

    @Override
    public String fileName() {
        return "lawful-ropa.xlsx";
    }

    @Override
    public void write(Result result, Writer out) throws IOException {
        throw new IOException("the workbook is binary; write it to a byte stream");
    }

    @Override
    public void write(Result result, OutputStream out) throws IOException {
        ProcessingRecord record = new ProcessingRecordBuilder(result).build();
        ByteArrayOutputStream workbookBytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (RecordTable table : record.tables()) {
                sheet(workbook, styles, table);
            }
            properties(workbook.getProperties(), record.title());
            workbook.write(workbookBytes);
        }
        ReproducibleZip.copy(workbookBytes.toByteArray(), out);
    }

    private static void properties(POIXMLProperties properties, String title) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreated(Optional.of(FIXED_DATE));
        core.setModified(Optional.of(FIXED_DATE));
        core.setCreator("Lawful");
        core.setTitle("Record of processing activities: " + title);
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, RecordTable table) {
        XSSFSheet sheet = workbook.createSheet(table.title());
        XSSFRow header = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(styles.header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<RecordCell> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                var cell = row.createCell(c);
                cell.setCellValue(cells.get(c).text());
                cell.setCellStyle(cells.get(c).gap() ? styles.gap : styles.body);
            }
        }
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.setColumnWidth(c, width(table, c) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!table.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, table.headers().size() - 1));
        }
    }

    /** Characters wide: the longest line in the column, within bounds. */
    private static int width(RecordTable table, int column) {
        int widest = table.headers().get(column).length();
        for (List<RecordCell> row : table.rows()) {
            for (String line : row.get(column).text().split("\n", -1)) {
                widest = Math.max(widest, line.length());
            }
        }
        return Math.max(MIN_COLUMN_CHARS, Math.min(MAX_COLUMN_CHARS, widest + 2));
    }

    /** The three cell styles: header, plain, and a gap in the policy. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle body;
        final CellStyle gap;

        Styles(XSSFWorkbook workbook) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            header = base(workbook);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = base(workbook);
            gap = base(workbook);
            gap.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            gap.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle base(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBottomBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
            return style;
        }
    }
}
