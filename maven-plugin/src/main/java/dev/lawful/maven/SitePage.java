package dev.lawful.maven;

import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * Renders the Lawful site page: the policy, the counts, links to the full reports, the
 * findings and the personal-data inventory. Every value goes through {@link Sink#text},
 * which escapes it.
 */
final class SitePage extends AbstractMavenReportRenderer {

    private final Result result;
    private final String reportsFolder;
    private final List<Path> reports;

    SitePage(Sink sink, Result result, String reportsFolder, List<Path> reports) {
        super(sink);
        this.result = result;
        this.reportsFolder = reportsFolder;
        this.reports = List.copyOf(reports);
    }

    @Override
    public String getTitle() {
        return "Lawful";
    }

    @Override
    protected void renderBody() {
        startSection("Lawful");
        paragraph("Personal data in the code, checked against the policy "
                + result.policy().name() + " (" + result.policy().id() + ").");
        paragraph(FailureMessages.plural(result.count(Severity.ERROR), "error") + ", "
                + FailureMessages.plural(result.count(Severity.WARNING), "warning") + ", "
                + FailureMessages.plural(result.count(Severity.NOTE), "note") + "; "
                + result.inventory().size() + " personal-data elements.");
        renderReportLinks();
        renderFindings();
        renderInventory();
        endSection();
    }

    private void renderReportLinks() {
        if (reports.isEmpty()) {
            return;
        }
        sink.paragraph();
        sink.text("Full reports: ");
        for (int i = 0; i < reports.size(); i++) {
            String name = reports.get(i).getFileName().toString();
            sink.link(reportsFolder + "/" + name);
            sink.text(name);
            sink.link_();
            sink.text(i + 1 < reports.size() ? ", " : ".");
        }
        sink.paragraph_();
    }

    private void renderFindings() {
        startSection("Findings");
        if (result.findings().isEmpty()) {
            paragraph("No findings.");
        } else {
            startTable();
            tableHeader(new String[] {"Severity", "Rule", "Location", "Element", "Category", "Finding and fix"});
            result.findings().forEach(this::findingRow);
            endTable();
        }
        endSection();
    }

    private void findingRow(Finding f) {
        String fix = f.fix() == null || f.fix().summary() == null ? null : "Fix: " + f.fix().summary();
        row(new String[] {f.severity().id()}, new String[] {f.ruleId()}, new String[] {location(f.file(), f.line())},
                new String[] {element(f.className(), f.member())}, new String[] {f.category()},
                new String[] {f.message(), fix});
    }

    private void renderInventory() {
        startSection("Personal data");
        if (result.inventory().isEmpty()) {
            paragraph("No personal data found.");
        } else {
            startTable();
            tableHeader(new String[] {"Element", "Location", "Categories", "Declared by"});
            result.inventory().forEach(this::inventoryRow);
            endTable();
        }
        endSection();
    }

    private void inventoryRow(InventoryEntry e) {
        row(new String[] {element(e.element().className(), e.element().member())},
                new String[] {location(e.element().file(), e.element().line())},
                new String[] {String.join(", ", e.classification().categories())},
                new String[] {e.isDeclared() ? String.valueOf(e.declaration().ref()) : "not declared"});
    }

    /**
     * A table row of plain-text cells, each of one or more lines (null lines are left out).
     * Unlike {@link #tableRow}, no link patterns are applied to the text.
     */
    private void row(String[]... cells) {
        sink.tableRow();
        for (String[] lines : cells) {
            sink.tableCell();
            boolean first = true;
            for (String line : lines) {
                if (line == null) {
                    continue;
                }
                if (!first) {
                    sink.lineBreak();
                }
                sink.text(line);
                first = false;
            }
            sink.tableCell_();
        }
        sink.tableRow_();
    }

    private static String location(String file, int line) {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }

    /** The class's simple name and the member: the location already gives the package. */
    private static String element(String className, String member) {
        if (className == null) {
            return null;
        }
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        return member == null ? simpleName : simpleName + "#" + member;
    }
}
