package dev.lawful.report.html;

import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pass or fail and why, and the findings and personal data counted three ways. */
final class SummarySection {

    private static final String NO_CATEGORY = "(no category)";
    private static final String NO_PURPOSE = "(no purpose declared)";

    private final ReportContext context;

    SummarySection(ReportContext context) {
        this.context = context;
    }

    void render(Markup m) {
        m.raw("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n");
        verdict(m);
        severityCounts(m);
        m.raw("<div class=\"tables\">\n");
        countTable(m, "Findings by category", "Category", findingsByCategory());
        countTable(m, "Findings by rule", "Rule", findingsByRule());
        countTable(m, "Personal data fields by purpose", "Purpose", fieldsByPurpose());
        m.raw("</div>\n</section>\n");
    }

    private void verdict(Markup m) {
        Severity failOn = context.failOn();
        if (failOn == null) {
            m.raw("<p class=\"verdict pass\" id=\"verdict\">").text("Passes: findings do not fail this build.")
                    .raw("</p>\n");
            return;
        }
        List<Finding> failing = context.result().findings().stream()
                .filter(f -> f.severity().isAtLeast(failOn)).toList();
        if (failing.isEmpty()) {
            m.raw("<p class=\"verdict pass\" id=\"verdict\">")
                    .text("Passes: no finding at or above " + failOn.id() + ".").raw("</p>\n");
        } else {
            m.raw("<p class=\"verdict fail\" id=\"verdict\">")
                    .text("Fails: " + plural(failing.size(), "finding") + " at or above " + failOn.id()
                            + ", the level that fails the build: " + byRule(failing) + ".")
                    .raw("</p>\n");
        }
    }

    private static String byRule(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        return byCountDescending(counts).entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void severityCounts(Markup m) {
        m.raw("<ul class=\"counts\" aria-label=\"Findings by severity\">\n");
        for (Severity severity : Severity.values()) {
            long count = context.result().count(severity);
            m.raw("<li class=\"count sev-" + severity.id() + "\"><span class=\"n\">").text(count)
                    .raw("</span> <span class=\"count-name\">").text(severity.id() + (count == 1 ? "" : "s"))
                    .raw("</span></li>\n");
        }
        m.raw("<li class=\"count fields\"><span class=\"n\">").text(context.result().inventory().size())
                .raw("</span> <span class=\"count-name\">personal data fields</span></li>\n</ul>\n");
    }

    private Map<String, Integer> findingsByCategory() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding finding : context.result().findings()) {
            String label = finding.category() == null ? NO_CATEGORY : context.categoryLabel(finding.category());
            counts.merge(label, 1, Integer::sum);
        }
        return byCountDescending(counts);
    }

    private Map<String, Integer> findingsByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        context.result().findings().forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        return byCountDescending(counts);
    }

    private Map<String, Integer> fieldsByPurpose() {
        Map<String, Integer> counts = new TreeMap<>();
        for (InventoryEntry entry : context.result().inventory()) {
            List<String> purposes = entry.isDeclared() ? entry.declaration().purposes() : List.of();
            if (purposes.isEmpty()) {
                counts.merge(NO_PURPOSE, 1, Integer::sum);
            }
            purposes.forEach(p -> counts.merge(context.purposeLabel(p), 1, Integer::sum));
        }
        return byCountDescending(counts);
    }

    private static Map<String, Integer> byCountDescending(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static void countTable(Markup m, String caption, String keyHeader, Map<String, Integer> counts) {
        m.raw("<table class=\"counts-table\">\n").element("caption", caption)
                .raw("\n<thead><tr><th scope=\"col\">").text(keyHeader)
                .raw("</th><th scope=\"col\" class=\"num\">Count</th></tr></thead>\n<tbody>\n");
        if (counts.isEmpty()) {
            m.raw("<tr><td colspan=\"2\">None</td></tr>\n");
        }
        counts.forEach((key, count) -> m.raw("<tr><td>").text(key).raw("</td><td class=\"num\">").text(count)
                .raw("</td></tr>\n"));
        m.raw("</tbody>\n</table>\n");
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
