package dev.lawful.report.html;

import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The findings table: filter by severity, category and rule, free-text search, sort by column. */
final class FindingsSection {

    private final ReportContext context;

    FindingsSection(ReportContext context) {
        this.context = context;
    }

    void render(Markup m) {
        List<Finding> findings = context.result().findings().stream()
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        m.raw("<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Findings</h2>\n");
        if (findings.isEmpty()) {
            m.raw("<p>No findings.</p>\n</section>\n");
            return;
        }
        controls(m, findings);
        m.raw("<table class=\"findings\" id=\"findings-table\">\n<caption class=\"visually-hidden\">")
                .raw("Findings; sort with the column buttons, open a finding with its Details button</caption>\n")
                .raw("<thead><tr>");
        sortHeader(m, "sev", "Severity");
        sortHeader(m, "rule", "Rule");
        sortHeader(m, "loc", "Location");
        sortHeader(m, "elem", "Element");
        sortHeader(m, "cat", "Category");
        m.raw("<th scope=\"col\">Message</th><th scope=\"col\"><span class=\"visually-hidden\">Details</span></th>")
                .raw("</tr></thead>\n");
        FindingDetail detail = new FindingDetail(context);
        for (int i = 0; i < findings.size(); i++) {
            row(m, findings.get(i), i, detail);
        }
        m.raw("</table>\n<p id=\"no-match\" class=\"no-match\" hidden>No finding matches the filters.</p>\n")
                .raw("</section>\n");
    }

    private void controls(Markup m, List<Finding> findings) {
        m.raw("<div class=\"controls\" role=\"search\" aria-label=\"Filter findings\">\n")
                .raw("<label>Search <input type=\"search\" id=\"f-search\" autocomplete=\"off\" ")
                .raw("placeholder=\"class, field, file, message\"></label>\n")
                .raw("<label>Severity <select id=\"f-severity\"><option value=\"\">All</option>");
        for (Severity severity : Severity.values()) {
            m.raw("<option value=\"" + severity.id() + "\">").text(severity.id()).raw("</option>");
        }
        m.raw("</select></label>\n<label>Category <select id=\"f-category\"><option value=\"\">All</option>");
        for (String category : categoriesWithAncestors(findings)) {
            int depth = (int) category.chars().filter(c -> c == '.').count();
            m.raw("<option " + Markup.attr("value", category) + ">").raw("&#160;&#160;".repeat(depth))
                    .text(category).raw("</option>");
        }
        m.raw("</select></label>\n<label>Rule <select id=\"f-rule\"><option value=\"\">All</option>");
        new TreeSet<>(findings.stream().map(Finding::ruleId).toList())
                .forEach(rule -> m.raw("<option " + Markup.attr("value", rule) + ">").text(rule).raw("</option>"));
        m.raw("</select></label>\n");
        if (context.result().baseline().used()) {
            m.raw("<label>Baseline <select id=\"f-baseline\"><option value=\"\">All</option>")
                    .raw("<option value=\"new\">new</option><option value=\"baselined\">baselined</option></select></label>\n");
        }
        m.raw("<p class=\"match-count\" id=\"f-count\" role=\"status\" aria-live=\"polite\">")
                .text(SummarySection.plural(findings.size(), "finding")).raw("</p>\n</div>\n");
    }

    private static Set<String> categoriesWithAncestors(List<Finding> findings) {
        Set<String> categories = new TreeSet<>();
        for (Finding finding : findings) {
            String category = finding.category();
            while (category != null) {
                categories.add(category);
                int dot = category.lastIndexOf('.');
                category = dot < 0 ? null : category.substring(0, dot);
            }
        }
        return categories;
    }

    private static void sortHeader(Markup m, String key, String label) {
        m.raw("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" class=\"sort\" data-sort=\"" + key
                + "\">").text(label).raw("<span class=\"sort-mark\" aria-hidden=\"true\"></span></button></th>");
    }

    private void row(Markup m, Finding finding, int index, FindingDetail detail) {
        String detailId = "finding-" + (index + 1);
        String severity = finding.severity().id();
        m.raw("<tbody class=\"finding\" ")
                .raw(Markup.attr("id", "f" + (index + 1))).raw(" ")
                .raw(Markup.attr("data-severity", severity)).raw(" ")
                .raw(Markup.attr("data-sev", Integer.toString(finding.severity().ordinal()))).raw(" ")
                .raw(Markup.attr("data-rule", finding.ruleId())).raw(" ")
                .raw(baselineAttribute(finding))
                .raw(Markup.attr("data-category", Objects.toString(finding.category(), ""))).raw(" ")
                .raw(Markup.attr("data-loc", sortableLocation(finding))).raw(" ")
                .raw(Markup.attr("data-elem", element(finding))).raw(" ")
                .raw(Markup.attr("data-order", Integer.toString(index))).raw(" ")
                .raw(Markup.attr("data-search", searchText(finding))).raw(">\n<tr class=\"finding-row\">")
                .raw("<td><span class=\"sev sev-" + severity + "\">").text(severity).raw("</span></td>")
                .raw("<td><code>").text(finding.ruleId()).raw("</code></td>")
                .raw("<td class=\"loc\" ").raw(Markup.attr("title", location(finding))).raw(">")
                .raw("<span class=\"dir\">").text(directory(finding)).raw("</span>")
                .text(fileAndLine(finding)).raw("</td>")
                .raw("<td class=\"elem\" ").raw(Markup.attr("title", element(finding))).raw(">")
                .text(shortElement(finding)).raw("</td>")
                .raw("<td class=\"cat\">").raw(breakableAtDots(Objects.toString(finding.category(), ""))).raw("</td>")
                .raw("<td class=\"msg\">").text(finding.message()).raw("</td>")
                .raw("<td><button type=\"button\" class=\"toggle\" aria-expanded=\"false\" ")
                .raw(Markup.attr("aria-controls", detailId)).raw(">Details</button></td></tr>\n")
                .raw("<tr class=\"finding-detail\" ").raw(Markup.attr("id", detailId))
                .raw(" hidden><td colspan=\"7\">\n");
        detail.render(m, finding, index + 1);
        m.raw("</td></tr>\n</tbody>\n");
    }

    /** {@code data-baseline="new"} or {@code "baselined"} when a baseline is used, for the filter. */
    private String baselineAttribute(Finding finding) {
        if (!context.result().baseline().used()) {
            return "";
        }
        return Markup.attr("data-baseline", context.result().isBaselined(finding) ? "baselined" : "new") + " ";
    }

    static String location(Finding finding) {
        if (finding.file() == null) {
            return "";
        }
        return finding.line() > 0 ? finding.file() + ":" + finding.line() : finding.file();
    }

    /** Escaped text that may wrap after each dot, as long category ids must in a narrow column. */
    private static String breakableAtDots(String text) {
        return Markup.escape(text).replace(".", ".<wbr>");
    }

    /** The folder part of the location, shown small above the file name; "" for a bare file. */
    static String directory(Finding finding) {
        String location = location(finding);
        return location.substring(0, location.lastIndexOf('/') + 1);
    }

    static String fileAndLine(Finding finding) {
        String location = location(finding);
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String sortableLocation(Finding finding) {
        return Objects.toString(finding.file(), "") + ":" + String.format(Locale.ROOT, "%09d", finding.line());
    }

    static String element(Finding finding) {
        if (finding.className() == null) {
            return "";
        }
        return finding.member() == null ? finding.className() : finding.className() + "#" + finding.member();
    }

    private static String shortElement(Finding finding) {
        String element = element(finding);
        int hash = element.indexOf('#');
        int dot = element.lastIndexOf('.', hash < 0 ? element.length() : hash);
        return dot < 0 ? element : element.substring(dot + 1);
    }

    private static String searchText(Finding finding) {
        return String.join(" ", finding.ruleId(), Objects.toString(finding.file(), ""), element(finding),
                Objects.toString(finding.category(), ""), finding.message()).toLowerCase(Locale.ROOT);
    }
}
