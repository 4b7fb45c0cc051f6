package dev.lawful.report.html;

import dev.lawful.bind.BoundDeclaration;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.RuleDescriptor;
import dev.lawful.classify.Classification;
import dev.lawful.classify.Evidence;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.report.RuleCatalog;
import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.FlowStep;
import java.util.Locale;
import java.util.stream.Collectors;

/** One finding opened: the rule, the code in context, the evidence and the fix to copy. */
final class FindingDetail {

    private static final int CONTEXT_LINES = 3;

    private final ReportContext context;

    FindingDetail(ReportContext context) {
        this.context = context;
    }

    void render(Markup m, Finding finding, int number) {
        m.raw("<div class=\"detail\">\n");
        rule(m, finding);
        code(m, finding);
        path(m, finding);
        context.entry(finding).ifPresent(entry -> {
            evidence(m, entry.classification());
            declaration(m, entry);
            element(m, entry.element());
        });
        fix(m, finding.fix(), number);
        m.raw("</div>\n");
    }

    private void rule(Markup m, Finding finding) {
        RuleDescriptor rule = context.rules().rule(finding.ruleId());
        m.raw("<p class=\"message\">").text(finding.message()).raw("</p>\n<p class=\"rule\">Rule <code>")
                .text(finding.ruleId()).raw("</code>: ").text(rule.summary()).raw(". <a ")
                .raw(Markup.attr("href", RuleCatalog.helpUri(finding.ruleId())))
                .raw(" rel=\"noopener noreferrer\">Documentation</a></p>\n");
    }

    private void code(Markup m, Finding finding) {
        if (finding.file() == null || finding.line() <= 0) {
            return;
        }
        context.snippet(finding.file(), finding.line(), CONTEXT_LINES).ifPresent(snippet -> {
            m.raw("<h3>Code</h3>\n<figure class=\"code\"><figcaption>").text(FindingsSection.location(finding))
                    .raw("</figcaption><pre><code>");
            for (int line = snippet.firstLine(); line <= snippet.lastLine(); line++) {
                boolean hit = line == finding.line();
                m.raw(hit ? "<mark class=\"line hit\">" : "<span class=\"line\">")
                        .raw("<span class=\"ln\" aria-hidden=\"true\">").text(line).raw("</span>")
                        .text(snippet.line(line)).raw(hit ? "</mark>" : "</span>");
            }
            m.raw("</code></pre></figure>\n");
        });
    }

    /** A flow finding's path, source first, each step with its place. */
    private static void path(Markup m, Finding finding) {
        if (finding.path().isEmpty()) {
            return;
        }
        m.raw("<h3>Where the data goes</h3>\n<ol class=\"flow-path\">\n");
        for (FlowStep step : finding.path()) {
            m.raw("<li><code>").text(step.label()).raw("</code>");
            if (step.line() > 0) {
                String file = step.file() != null ? step.file() : finding.file();
                m.raw(" <span class=\"file\">").text(file + ":" + step.line()).raw("</span>");
            }
            m.raw("</li>\n");
        }
        m.raw("</ol>\n");
    }

    private static void evidence(Markup m, Classification classification) {
        m.raw("<h3>Why this is personal data</h3>\n<p>")
                .text((classification.link() ? "Links to personal data" : "Personal data") + ", confidence "
                        + Math.round(classification.confidence() * 100) + "%"
                        + (classification.categories().isEmpty() ? "" : "; categories "
                                + String.join(", ", classification.categories())) + ".")
                .raw("</p>\n");
        if (classification.evidence().isEmpty()) {
            return;
        }
        m.raw("<table class=\"evidence\"><thead><tr><th scope=\"col\">Signal</th><th scope=\"col\">Evidence</th>")
                .raw("<th scope=\"col\">Category</th><th scope=\"col\" class=\"num\">Weight</th></tr></thead><tbody>\n");
        for (Evidence evidence : classification.evidence()) {
            m.raw(evidence.weight() < 0 ? "<tr class=\"against\">" : "<tr>")
                    .raw("<td>").text(evidence.signal().name().toLowerCase(Locale.ROOT)).raw("</td>")
                    .raw("<td>").text(evidence.detail()).raw("</td>")
                    .raw("<td>").text(evidence.category() == null ? "" : evidence.category()).raw("</td>")
                    .raw("<td class=\"num\">").text(String.format(Locale.ROOT, "%+.2f", evidence.weight()))
                    .raw("</td></tr>\n");
        }
        m.raw("</tbody></table>\n");
    }

    private void declaration(Markup m, InventoryEntry entry) {
        m.raw("<h3>Declared</h3>\n<p>");
        BoundDeclaration declaration = entry.declaration();
        if (declaration == null) {
            m.raw("<span class=\"undeclared\">").text("No declaration covers this field.").raw("</span>");
        } else {
            String by = declaration.source() == BoundDeclaration.Source.YAML
                    ? "Declaration " + declaration.declarationId()
                    : "Annotation @PersonalData";
            m.text(by + (declaration.ref() == null ? "" : " at " + declaration.ref()) + ": purposes "
                    + (declaration.purposes().isEmpty() ? "none" : declaration.purposes().stream()
                            .map(context::purposeLabel).collect(Collectors.joining(", ")))
                    + "; legal basis " + labelOrNone(declaration.legalBasis(), context::legalBasisLabel)
                    + "; retention " + labelOrNone(declaration.retention(), context::retentionLabel) + ".");
        }
        m.raw("</p>\n");
    }

    private static String labelOrNone(String id, java.util.function.UnaryOperator<String> label) {
        return id == null ? "none" : label.apply(id);
    }

    private static void element(Markup m, CodeElement element) {
        m.raw("<h3>Element</h3>\n<p><code>").text(element.type() + " " + element.member()).raw("</code>")
                .text(" in " + element.className() + (element.isStatic() ? " (static)" : "")).raw("</p>\n");
        if (!element.annotations().isEmpty()) {
            m.raw("<ul class=\"annotations\">");
            element.annotations().forEach(a -> m.raw("<li><code>").text(annotation(a)).raw("</code></li>"));
            m.raw("</ul>\n");
        }
        if (element.javadoc() != null && !element.javadoc().isBlank()) {
            m.raw("<pre class=\"javadoc\" aria-label=\"Javadoc\">").text(element.javadoc().strip()).raw("</pre>\n");
        }
    }

    private static String annotation(AnnotationUse annotation) {
        if (annotation.values().isEmpty()) {
            return "@" + annotation.name();
        }
        return "@" + annotation.name() + "(" + annotation.values().entrySet().stream()
                .map(e -> e.getKey() + " = \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ")) + ")";
    }

    private static void fix(Markup m, Fix fix, int number) {
        if (fix == null) {
            return;
        }
        m.raw("<h3>Fix</h3>\n");
        if (fix.summary() != null) {
            m.raw("<p>").text(fix.summary()).raw("</p>\n");
        }
        copyable(m, "In a rule file (YAML)", "Copy YAML", "fix-yaml-" + number, fix.yaml());
        copyable(m, "Or in code (annotation)", "Copy annotation", "fix-annotation-" + number, fix.annotation());
    }

    private static void copyable(Markup m, String title, String button, String id, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        m.raw("<div class=\"fix\"><div class=\"fix-head\"><span>").text(title).raw("</span>")
                .raw("<button type=\"button\" class=\"copy\" ").raw(Markup.attr("data-copy", id)).raw(">")
                .text(button).raw("</button><span class=\"copy-status\" role=\"status\" aria-live=\"polite\"></span>")
                .raw("</div><pre ").raw(Markup.attr("id", id)).raw("><code>").text(text).raw("</code></pre></div>\n");
    }
}
