package dev.lawful.report;

import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.RuleDescriptor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules a report describes: those the result lists, plus any rule a finding names that
 * the result did not describe (then described from the finding alone), sorted by id.
 */
public final class RuleCatalog {

    /** Where each rule's documentation lives; the rule id is the anchor. */
    public static final String DOCS_BASE = "https://github.com/lawful-dev/lawful/blob/main/docs/checks.md#";

    private final Map<String, RuleDescriptor> byId;

    public RuleCatalog(Result result) {
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        result.rules().forEach(rule -> rules.put(rule.id(), rule));
        for (Finding finding : result.findings()) {
            rules.computeIfAbsent(finding.ruleId(), id -> undescribed(finding));
        }
        this.byId = rules;
    }

    public Collection<RuleDescriptor> rules() {
        return byId.values();
    }

    public RuleDescriptor rule(String id) {
        return byId.get(id);
    }

    public static String helpUri(String ruleId) {
        return DOCS_BASE + ruleId;
    }

    /** A readable name from a kebab-case id: {@code personal-data-undeclared} gives "Personal data undeclared". */
    public static String displayName(String ruleId) {
        String words = ruleId.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static RuleDescriptor undescribed(Finding finding) {
        String summary = displayName(finding.ruleId());
        return new RuleDescriptor(finding.ruleId(), finding.severity(), summary,
                summary + ". See the documentation of the rule for details.");
    }
}
