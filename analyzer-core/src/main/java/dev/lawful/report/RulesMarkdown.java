package dev.lawful.report;

import dev.lawful.check.RuleDescriptor;
import java.util.List;

/**
 * The rule reference, docs/checks.md, generated from the rules' own metadata so that the
 * docs cannot drift from the code: a table of every rule, then each rule's documentation
 * under a heading whose anchor is its id (the reports' help links point there).
 */
public final class RulesMarkdown {

    private RulesMarkdown() {
    }

    public static String render(List<RuleDescriptor> rules) {
        StringBuilder out = new StringBuilder();
        out.append("# Rules\n\n")
                .append("<!-- Generated from the rules' @CheckInfo metadata by RulesMarkdown; do not edit.\n")
                .append("     Regenerate: ./mvnw -B -pl analyzer-core test -Dtest=RulesMarkdownTest -Dlawful.updateDocs=true -->\n\n")
                .append("Every finding names one of these rules. Rules whose id starts with `policy-` lint the\n")
                .append("rule files themselves and point at a YAML line; the others look at the code.\n\n")
                .append("To silence a finding about code after review, annotate the field or its class with\n")
                .append("`@SuppressWarnings(\"lawful:RULE-ID\")`, or `@SuppressWarnings(\"lawful\")` for every rule.\n")
                .append("To say a field is not personal data at all, add a `classification` override with a\n")
                .append("reason to the rule file ([rules.md](rules.md)).\n\n")
                .append("| id | default severity | summary |\n|---|---|---|\n");
        for (RuleDescriptor rule : rules) {
            out.append("| [`").append(rule.id()).append("`](#").append(rule.id()).append(") | ")
                    .append(rule.severity().id()).append(" | ").append(rule.summary()).append(" |\n");
        }
        for (RuleDescriptor rule : rules) {
            out.append("\n## ").append(rule.id()).append("\n\n")
                    .append("*").append(rule.severity().id()).append("* · ").append(rule.summary()).append("\n\n")
                    .append(rule.docs().strip()).append("\n");
        }
        return out.toString();
    }
}
