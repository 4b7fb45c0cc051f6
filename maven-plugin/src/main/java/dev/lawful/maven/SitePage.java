package dev.lawful.maven;

import dev.lawful.Result;
import dev.lawful.check.Severity;
import dev.lawful.report.ToolInfo;
import dev.lawful.report.html.HtmlReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * Renders the Lawful site page: a summary with links to the full reports, then the HTML
 * report itself, embedded as a fragment whose styles are scoped to it. Our own text goes
 * through {@link Sink#text}, which escapes it; the fragment escapes everything it takes
 * from the scanned code.
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
                + result.policy().name() + " (" + result.policy().id() + "): "
                + FailureMessages.plural(result.count(Severity.ERROR), "error") + ", "
                + FailureMessages.plural(result.count(Severity.WARNING), "warning") + ", "
                + FailureMessages.plural(result.count(Severity.NOTE), "note") + ".");
        renderReportLinks();
        sink.rawText(htmlReport());
        endSection();
    }

    private void renderReportLinks() {
        if (reports.isEmpty()) {
            return;
        }
        sink.paragraph();
        sink.text("Reports: ");
        for (int i = 0; i < reports.size(); i++) {
            String name = reports.get(i).getFileName().toString();
            sink.link(reportsFolder + "/" + name);
            sink.text(name);
            sink.link_();
            sink.text(i + 1 < reports.size() ? ", " : ".");
        }
        sink.paragraph_();
    }

    /**
     * The HTML report as a fragment. The site never fails the build, but its verdict is the one
     * {@code lawful:check} gives by default, as in the full reports beside it: a page that said
     * "passes" above errors would mislead.
     */
    private String htmlReport() {
        StringWriter html = new StringWriter();
        try {
            new HtmlReportWriter(Severity.ERROR, ToolInfo.current()).writeFragment(result, html);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return html.toString();
    }
}
