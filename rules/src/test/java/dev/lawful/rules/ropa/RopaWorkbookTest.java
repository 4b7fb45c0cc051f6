package dev.lawful.rules.ropa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.Result;
import dev.lawful.report.ropa.RopaReports;
import dev.lawful.report.ropa.RopaWorkbookWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the workbook back with POI's reader and checks its cells on the web shop and on builtin:jalonom alone. */
class RopaWorkbookTest {

    private static final String NOT_STATED = "not stated in the policy";

    private static Result webshop;
    private static byte[] webshopBytes;
    private static XSSFWorkbook webshopBook;
    private static XSSFWorkbook jalonomBook;

    @BeforeAll
    static void writeWorkbooks() throws Exception {
        webshop = Analyses.webshop();
        webshopBytes = Analyses.bytes(new RopaWorkbookWriter(), webshop);
        webshopBook = new XSSFWorkbook(new ByteArrayInputStream(webshopBytes));
        jalonomBook = new XSSFWorkbook(new ByteArrayInputStream(
                Analyses.bytes(new RopaWorkbookWriter(), Analyses.jalonomAlone())));
    }

    @Test
    void hasOneSheetPerTableInOrder() {
        List<String> names = new ArrayList<>();
        webshopBook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertEquals(List.of("Art. 30(1) record", "Categories in the code", "In the code, not in the policy",
                "In the policy, not in the code", "Recipients and transfers", "Retention", "Security measures",
                "Art. 30(2) record", "DPIA screening"), names);
        assertEquals(RopaReports.TABLES.size(), names.size());
    }

    @Test
    void theWebshopRecordHasAPurposeRowWithTheArticle30Columns() {
        XSSFSheet purposes = webshopBook.getSheet("Art. 30(1) record");
        assertEquals(List.of("Purpose", "(a) Controller", "(a) Contact", "(b) Purpose of the processing", "Legal basis",
                "(c) Data subjects", "(c) Categories of personal data", "(d) Recipients",
                "(e) Transfers to third countries", "(f) Time limits for erasure", "(g) Security measures"),
                texts(purposes.getRow(0)));
        assertEquals(10, purposes.getLastRowNum(), "one row per purpose of builtin:jalonom");
        Row chat = row(purposes, "customer-relationship");
        assertTrue(chat.getCell(1).getStringCellValue().startsWith("Jalonom, Vanha Maantie 1, 02650 Esbo"));
        assertTrue(chat.getCell(2).getStringCellValue().contains("Kimmo Korkiakoski (representative)"));
        assertEquals("Customer (customer)", chat.getCell(5).getStringCellValue());
        assertTrue(chat.getCell(6).getStringCellValue().contains("E-mail address (user.contact.email)"));
        assertEquals("tawk.to live chat (US)", chat.getCell(7).getStringCellValue());
        assertEquals("tawk.to live chat (US): " + NOT_STATED, chat.getCell(8).getStringCellValue());
        assertHighlighted(chat.getCell(8));
        assertTrue(chat.getCell(9).getStringCellValue().contains("customer-account: P3Y (3 years) from account-closed"));
        assertNotHighlighted(chat.getCell(9));
        assertTrue(chat.getCell(10).getStringCellValue().contains("Confidential access on a need-to-know basis"));
    }

    @Test
    void theAnalyticsTransferShowsItsSafeguardAndTheOthersTheirGap() {
        XSSFSheet recipients = webshopBook.getSheet("Recipients and transfers");
        Row analytics = row(recipients, "google-analytics");
        assertEquals("US", analytics.getCell(2).getStringCellValue());
        assertEquals("yes", analytics.getCell(5).getStringCellValue());
        assertTrue(analytics.getCell(6).getStringCellValue().contains("(EU SCC 2021/914)"),
                analytics.getCell(6).getStringCellValue());
        assertNotHighlighted(analytics.getCell(6));
        assertTrue(analytics.getCell(7).getStringCellValue().contains("AnalyticsClient.java"));
        Row facebook = row(recipients, "facebook");
        assertEquals(NOT_STATED, facebook.getCell(6).getStringCellValue());
        assertHighlighted(facebook.getCell(6));
        assertEquals("not found", facebook.getCell(7).getStringCellValue());
    }

    @Test
    void everyCategoryInTheCodeHasItsPlaceOriginAndDeclaration() {
        XSSFSheet categories = webshopBook.getSheet("Categories in the code");
        Row personnummer = row(categories, 2, "com.jalonom.webshop.customer.Customer#personnummer");
        assertEquals("user.government_id.national_identification_number", personnummer.getCell(0).getStringCellValue());
        assertTrue(personnummer.getCell(3).getStringCellValue()
                .matches("src/main/java/com/jalonom/webshop/customer/Customer\\.java:\\d+"));
        assertEquals("source", personnummer.getCell(4).getStringCellValue());
        assertEquals("no declaration", personnummer.getCell(5).getStringCellValue());
        assertHighlighted(personnummer.getCell(5));
        Row email = row(categories, 2, "com.jalonom.webshop.customer.Customer#email");
        assertTrue(email.getCell(5).getStringCellValue().startsWith("declaration customer-account (lawful.yaml:"));
        assertEquals("customer-relationship", email.getCell(6).getStringCellValue());
        assertEquals("yes", email.getCell(7).getStringCellValue());
    }

    @Test
    void theDifferenceSheetsListWhatOnlyOneSideHas() {
        XSSFSheet codeOnly = webshopBook.getSheet("In the code, not in the policy");
        assertTrue(row(codeOnly, "com.jalonom.webshop.customer.Customer#personnummer").getCell(3).getStringCellValue()
                .contains("no declaration"));
        XSSFSheet policyOnly = webshopBook.getSheet("In the policy, not in the code");
        Row oldCrm = row(policyOnly, 1, "old-crm");
        assertEquals("declaration", oldCrm.getCell(0).getStringCellValue());
        assertEquals("recipient", row(policyOnly, 1, "linkedin").getCell(0).getStringCellValue());
    }

    @Test
    void retentionHasItsStartEventPerCategory() {
        XSSFSheet retention = webshopBook.getSheet("Retention");
        Row email = row(retention, "user.contact.email");
        assertEquals("customer-account", email.getCell(2).getStringCellValue());
        assertEquals("P3Y (3 years)", email.getCell(3).getStringCellValue());
        assertEquals("account-closed", email.getCell(4).getStringCellValue());
    }

    @Test
    void jalonomAloneShowsItsGapsAtAGlance() {
        XSSFSheet purposes = jalonomBook.getSheet("Art. 30(1) record");
        assertEquals(10, purposes.getLastRowNum());
        for (int r = 1; r <= purposes.getLastRowNum(); r++) {
            Row row = purposes.getRow(r);
            assertEquals("Customer (customer)", row.getCell(5).getStringCellValue(), "§3: the customer register");
            assertEquals(NOT_STATED, row.getCell(9).getStringCellValue(), "no retention anywhere in the policy");
            assertHighlighted(row.getCell(9));
            assertHighlighted(row.getCell(4));
            assertTrue(row.getCell(4).getStringCellValue().contains("an interpretation"));
        }
        Row marketing = row(purposes, "marketing");
        assertEquals("Google Ads (US): " + NOT_STATED + "; Facebook (Meta Platforms) (US): " + NOT_STATED
                + "; LinkedIn (US): " + NOT_STATED, marketing.getCell(8).getStringCellValue());
        XSSFSheet security = jalonomBook.getSheet("Security measures");
        assertEquals(3, security.getLastRowNum(), "§10 in three measures");
        assertEquals("Physical and digital security of the servers", row(security, "server-security")
                .getCell(1).getStringCellValue());
        XSSFSheet retention = jalonomBook.getSheet("Retention");
        assertEquals(13, retention.getLastRowNum(), "one row per disclosed category of §6");
        assertEquals(NOT_STATED, row(retention, "user.government_id.national_identification_number")
                .getCell(2).getStringCellValue());
        assertEquals(0, jalonomBook.getSheet("Art. 30(2) record").getLastRowNum(), "Jalonom is never a processor");
    }

    @Test
    void aPurposeProcessedForAnotherControllerGoesIntoTheArticle30_2Sheet() throws Exception {
        Result partner = Analyses.policyAlone("partner.yaml", """
                lawful: 1
                id: partner
                extends: builtin:jalonom
                purposes:
                  - id: partner-fulfilment
                    name: Order fulfilment for Retail Partner Oy
                    dataUse: essential.service
                    legalBases: [contract]
                    dataSubjects: [customer]
                    processorFor: {controller: Retail Partner Oy, contact: dpo@partner.example}
                """);
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Analyses.bytes(new RopaWorkbookWriter(), partner)));
        XSSFSheet processor = book.getSheet("Art. 30(2) record");
        assertEquals(1, processor.getLastRowNum());
        Row row = row(processor, "partner-fulfilment");
        assertTrue(row.getCell(1).getStringCellValue().startsWith("Jalonom"), "the processor is the organisation");
        assertEquals("Retail Partner Oy", row.getCell(3).getStringCellValue());
        assertEquals("dpo@partner.example", row.getCell(4).getStringCellValue());
        XSSFSheet controller = book.getSheet("Art. 30(1) record");
        assertEquals(10, controller.getLastRowNum(), "not in the controller's record");
    }

    @Test
    void rerunsGiveIdenticalBytesWithFixedTimes() throws Exception {
        assertArrayEquals(webshopBytes, Analyses.bytes(new RopaWorkbookWriter(), Analyses.webshop()));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(webshopBytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
            }
        }
        assertEquals(315_532_800_000L, webshopBook.getProperties().getCoreProperties().getCreated().getTime());
    }

    private static Row row(XSSFSheet sheet, String firstCell) {
        return row(sheet, 0, firstCell);
    }

    private static Row row(XSSFSheet sheet, int column, String text) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(column);
            if (cell != null && cell.getStringCellValue().equals(text)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column + " of " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static void assertHighlighted(Cell cell) {
        assertEquals(FillPatternType.SOLID_FOREGROUND, cell.getCellStyle().getFillPattern(), cell.getAddress() + " "
                + cell.getStringCellValue());
    }

    private static void assertNotHighlighted(Cell cell) {
        assertFalse(cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND,
                cell.getAddress() + " " + cell.getStringCellValue());
    }
}
