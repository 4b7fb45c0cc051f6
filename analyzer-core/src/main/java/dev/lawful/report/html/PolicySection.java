package dev.lawful.report.html;

import dev.lawful.check.Finding;
import dev.lawful.policy.LegalBasis;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.RetentionRule;
import java.util.List;
import java.util.stream.Collectors;

/** The policy as the analysis understood it, and what the lint rules say about it. */
final class PolicySection {

    private final ReportContext context;

    PolicySection(ReportContext context) {
        this.context = context;
    }

    void render(Markup m) {
        m.raw("<section id=\"policy\" aria-labelledby=\"policy-h\">\n<h2 id=\"policy-h\">Policy and lint</h2>\n");
        lint(m);
        Policy policy = context.policy();
        if (policy != null) {
            overview(m, policy);
            purposes(m, policy);
            retention(m, policy);
        }
        m.raw("</section>\n");
    }

    private void lint(Markup m) {
        List<Finding> lint = context.result().findings().stream().filter(context::isPolicyFinding).toList();
        m.raw("<h3>Lint results</h3>\n");
        if (lint.isEmpty()) {
            m.raw("<p class=\"lint-clean\">").text("The rule files raise no lint finding.").raw("</p>\n");
            return;
        }
        m.raw("<table class=\"lint\" id=\"lint-table\">\n<thead><tr><th scope=\"col\">Severity</th>")
                .raw("<th scope=\"col\">Rule</th><th scope=\"col\">Location</th><th scope=\"col\">Message</th>")
                .raw("</tr></thead>\n<tbody>\n");
        for (Finding finding : lint) {
            String severity = finding.severity().id();
            m.raw("<tr><td><span class=\"sev sev-" + severity + "\">").text(severity).raw("</span></td>")
                    .raw("<td><code>").text(finding.ruleId()).raw("</code></td>")
                    .raw("<td class=\"loc\">").text(FindingsSection.location(finding)).raw("</td>")
                    .raw("<td>").text(finding.message()).raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table>\n");
    }

    private static void overview(Markup m, Policy policy) {
        m.raw("<h3>Controller and rule files</h3>\n<dl class=\"overview\">");
        if (policy.controller() != null) {
            term(m, "Controller", policy.controller().name()
                    + (policy.controller().address() == null ? "" : ", " + policy.controller().address()));
            if (policy.controller().contact() != null) {
                var contact = policy.controller().contact();
                term(m, "Contact", contact.name() + (contact.role() == null ? "" : " (" + contact.role() + ")")
                        + (contact.email().isEmpty() ? "" : ", " + String.join(", ", contact.email())));
            }
        }
        term(m, "Rule files", String.join(", ", policy.files()));
        term(m, "Disclosed categories", policy.disclosedCategories() == null ? "not stated (not checked)"
                : String.join(", ", policy.disclosedCategories()));
        m.raw("</dl>\n");
    }

    private static void term(Markup m, String term, String value) {
        m.raw("<dt>").text(term).raw("</dt><dd>").text(value).raw("</dd>");
    }

    private void purposes(Markup m, Policy policy) {
        if (policy.purposes().isEmpty()) {
            return;
        }
        m.raw("<table class=\"purposes\">\n<caption>Purposes and their legal bases</caption>\n<thead><tr>")
                .raw("<th scope=\"col\">Purpose</th><th scope=\"col\">Legal bases</th><th scope=\"col\">Notes</th>")
                .raw("</tr></thead>\n<tbody>\n");
        for (Purpose purpose : policy.purposes().values()) {
            String notes = (purpose.profiling() ? "profiling " : "") + (purpose.directMarketing() ? "direct marketing" : "");
            m.raw("<tr><th scope=\"row\">").text(context.purposeLabel(purpose.id())).raw(" <code>")
                    .text(purpose.id()).raw("</code></th><td>")
                    .text(purpose.legalBases().stream().map(context::legalBasisLabel).collect(Collectors.joining("; ")))
                    .raw("</td><td>").text(notes.strip()).raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table>\n");
        legalBases(m, policy);
    }

    private static void legalBases(Markup m, Policy policy) {
        if (policy.legalBases().isEmpty()) {
            return;
        }
        m.raw("<table class=\"legal-bases\">\n<caption>Legal bases</caption>\n<thead><tr><th scope=\"col\">Id</th>")
                .raw("<th scope=\"col\">Name</th><th scope=\"col\">Article</th></tr></thead>\n<tbody>\n");
        for (LegalBasis basis : policy.legalBases().values()) {
            m.raw("<tr><th scope=\"row\"><code>").text(basis.id()).raw("</code></th><td>")
                    .text(basis.name() == null ? "" : basis.name()).raw("</td><td>")
                    .text(basis.article() == null ? "" : basis.article()).raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table>\n");
    }

    private void retention(Markup m, Policy policy) {
        if (policy.retention().isEmpty()) {
            return;
        }
        m.raw("<table class=\"retention\">\n<caption>Retention rules</caption>\n<thead><tr><th scope=\"col\">Id</th>")
                .raw("<th scope=\"col\">Kept for</th><th scope=\"col\">Default for categories</th></tr></thead>\n<tbody>\n");
        for (RetentionRule rule : policy.retention().values()) {
            m.raw("<tr><th scope=\"row\"><code>").text(rule.id()).raw("</code></th><td>")
                    .text(context.retentionLabel(rule.id())).raw("</td><td>")
                    .text(String.join(", ", rule.categories())).raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table>\n");
    }
}
