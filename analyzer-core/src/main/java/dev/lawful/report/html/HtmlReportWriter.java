package dev.lawful.report.html;

import dev.lawful.Result;
import dev.lawful.check.Severity;
import dev.lawful.report.ReportWriter;
import dev.lawful.report.ToolInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes {@code lawful.html}: one self-contained page (inline style and script, nothing from
 * the network) with a summary, the findings with filter, sort, search and fixes to copy, the
 * data map with charts, the recipients, the policy and its lint results. Everything taken
 * from scanned code or rule files is escaped, and a Content-Security-Policy allows no code
 * but the page's own.
 */
public final class HtmlReportWriter implements ReportWriter {

    private final Severity failOn;
    private final ToolInfo tool;
    private final Assets assets = Assets.load();

    /** A report that calls the build failed when there is an error. */
    public HtmlReportWriter() {
        this(Severity.ERROR, ToolInfo.current());
    }

    /**
     * @param failOn the severity at or above which the build fails, as the summary explains;
     *     null when findings never fail the build
     */
    public HtmlReportWriter(Severity failOn, ToolInfo tool) {
        this.failOn = failOn;
        this.tool = tool;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "lawful.html";
    }

    @Override
    public void write(Result result, Writer out) throws IOException {
        try {
            page(result, new Markup(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private void page(Result result, Markup page) {
        page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" ")
                .raw(Markup.attr("content", assets.contentSecurityPolicy())).raw(">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .raw("<meta name=\"generator\" ").raw(Markup.attr("content", tool.name() + " " + tool.version()))
                .raw(">\n").element("title", "Lawful report" + policyName(result)).raw("\n")
                .raw("<style>").raw(assets.css()).raw("</style>\n</head>\n<body>\n");
        body(result, page);
        page.raw("<script>").raw(assets.js()).raw("</script>\n</body>\n</html>\n");
    }

    /**
     * Writes the report as a fragment to embed in another page (a Maven site report): the
     * same content, style and script, without the document around it.
     */
    public void writeFragment(Result result, Writer out) throws IOException {
        try {
            Markup fragment = new Markup(out);
            fragment.raw("<style>").raw(assets.css()).raw("</style>\n");
            body(result, fragment);
            fragment.raw("<script>").raw(assets.js()).raw("</script>\n");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private void body(Result result, Markup m) {
        ReportContext context = new ReportContext(result, failOn);
        m.raw("<div class=\"lawful\" id=\"lawful\" data-theme=\"auto\">\n")
                .raw("<a class=\"skip\" href=\"#findings\">Skip to findings</a>\n");
        header(context, m);
        m.raw("<main>\n");
        new SummarySection(context).render(m);
        new FindingsSection(context).render(m);
        new DataMapSection(context).render(m);
        new RecipientsSection(context).render(m);
        new PolicySection(context).render(m);
        new ProblemsSection(context).render(m);
        m.raw("</main>\n<footer>");
        m.text("Written by " + tool.name() + " " + tool.version() + ". ");
        Result.Stats stats = result.stats();
        if (stats != null) {
            m.text(stats.sourceFiles() + " source files, " + stats.classFiles() + " class files, "
                    + stats.types() + " types and " + stats.fields() + " fields scanned.");
        }
        m.raw("</footer>\n</div>\n");
    }

    private static void header(ReportContext context, Markup m) {
        m.raw("<header>\n<div class=\"title\">\n<h1>Lawful report</h1>\n");
        if (context.policy() != null) {
            m.raw("<p class=\"subtitle\">").text("Policy: " + displayName(context)).raw("</p>\n");
        }
        m.raw("</div>\n<button type=\"button\" class=\"theme-toggle\" id=\"theme-toggle\" ")
                .raw("aria-label=\"Colour theme: automatic\">Theme: auto</button>\n</header>\n")
                .raw("<nav aria-label=\"Sections\"><ul>")
                .raw("<li><a href=\"#summary\">Summary</a></li><li><a href=\"#findings\">Findings</a></li>")
                .raw("<li><a href=\"#data-map\">Data map</a></li><li><a href=\"#recipients\">Recipients</a></li>")
                .raw("<li><a href=\"#policy\">Policy and lint</a></li><li><a href=\"#problems\">Not analysed</a></li>")
                .raw("</ul></nav>\n");
    }

    private static String displayName(ReportContext context) {
        String name = context.policy().name();
        String id = context.policy().id();
        return name == null ? id : name + " (" + id + ")";
    }

    private static String policyName(Result result) {
        if (result.policy() == null) {
            return "";
        }
        String name = result.policy().name();
        return " — " + (name == null ? result.policy().id() : name);
    }
}
