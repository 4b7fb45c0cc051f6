package dev.lawful.report.html;

import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.check.Snippet;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.LegalBasis;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.RetentionRule;
import dev.lawful.report.RuleCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The result with the look-ups the report's sections share. */
final class ReportContext {

    private final Result result;
    private final Severity failOn;
    private final RuleCatalog rules;
    private final Map<String, InventoryEntry> entriesById = new HashMap<>();
    private final Map<String, List<Snippet>> snippetsByFile = new HashMap<>();
    private final Set<String> ruleFiles;

    ReportContext(Result result, Severity failOn) {
        this.result = result;
        this.failOn = failOn;
        this.rules = new RuleCatalog(result);
        result.inventory().forEach(e -> entriesById.putIfAbsent(e.element().id(), e));
        result.snippets().forEach(s -> snippetsByFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s));
        this.ruleFiles = result.policy() == null ? Set.of() : Set.copyOf(result.policy().files());
    }

    Result result() {
        return result;
    }

    Policy policy() {
        return result.policy();
    }

    Severity failOn() {
        return failOn;
    }

    RuleCatalog rules() {
        return rules;
    }

    Optional<InventoryEntry> entry(Finding finding) {
        if (finding.className() == null || finding.member() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entriesById.get(finding.className() + "#" + finding.member()));
    }

    /** Up to {@code context} lines either side of {@code line}, when the pipeline kept them. */
    Optional<Snippet> snippet(String file, int line, int context) {
        for (Snippet snippet : snippetsByFile.getOrDefault(file, List.of())) {
            if (snippet.contains(line)) {
                int first = Math.max(snippet.firstLine(), line - context);
                int last = Math.min(snippet.lastLine(), line + context);
                return Optional.of(new Snippet(file, first,
                        snippet.lines().subList(first - snippet.firstLine(), last - snippet.firstLine() + 1)));
            }
        }
        return Optional.empty();
    }

    /** A finding about the policy itself: no class, and in a rule file. */
    boolean isPolicyFinding(Finding finding) {
        if (finding.className() != null) {
            return false;
        }
        String file = finding.file();
        return file == null || ruleFiles.contains(file) || file.startsWith("builtin:")
                || file.endsWith(".yaml") || file.endsWith(".yml");
    }

    String categoryLabel(String id) {
        DataCategory category = policy() == null ? null : policy().categories().get(id);
        return category == null || category.name() == null ? id : category.name() + " (" + id + ")";
    }

    String purposeLabel(String id) {
        Purpose purpose = policy() == null ? null : policy().purposes().get(id);
        return purpose == null || purpose.name() == null ? id : purpose.name();
    }

    String legalBasisLabel(String id) {
        LegalBasis basis = policy() == null ? null : policy().legalBases().get(id);
        if (basis == null) {
            return id;
        }
        String name = basis.name() == null ? id : basis.name();
        return basis.article() == null ? name : name + ", Art. " + basis.article();
    }

    String retentionLabel(String id) {
        RetentionRule rule = policy() == null ? null : policy().retention().get(id);
        if (rule == null) {
            return id;
        }
        String period = rule.period() == null ? "?" : Periods.describe(rule.period());
        return rule.from() == null ? period : period + " from " + rule.from();
    }

    /** The policy's recipients that receive one of the entry's categories. */
    List<Recipient> recipientsOf(InventoryEntry entry) {
        if (policy() == null) {
            return List.of();
        }
        List<String> categories = entry.classification().categories();
        return policy().recipients().values().stream()
                .filter(r -> r.categories().stream().anyMatch(rc -> categories.stream()
                        .anyMatch(c -> DataCategory.isWithin(c, rc))))
                .toList();
    }
}
