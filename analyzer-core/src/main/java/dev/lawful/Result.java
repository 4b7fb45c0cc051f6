package dev.lawful;

import dev.lawful.check.Finding;
import dev.lawful.check.RuleDescriptor;
import dev.lawful.check.Severity;
import dev.lawful.check.Snippet;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.policy.Policy;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.scan.ParseProblem;
import java.util.List;

/**
 * Everything one analysis produced, in report order. Report writers read only this.
 *
 * @param inventory sorted by file, line, member
 * @param findings code and policy findings, sorted by {@link Finding#ORDER}
 * @param problems files that could not be read or parsed, sorted by file
 * @param rules every check and lint rule that ran, sorted by id, so that reports can describe
 *     rules that found nothing too; empty when the caller did not say
 * @param snippets the source lines around findings, read once by
 *     {@link dev.lawful.check.SnippetCollector}; empty when not collected
 * @param flows personal data that reaches sinks (logs, third parties), sorted by {@link Flow#ORDER}
 */
public record Result(
        Policy policy,
        List<InventoryEntry> inventory,
        List<Finding> findings,
        List<ParseProblem> problems,
        List<RecipientUse> recipientUses,
        Stats stats,
        List<RuleDescriptor> rules,
        List<Snippet> snippets,
        List<Flow> flows) {

    public Result {
        flows = List.copyOf(flows);
        inventory = List.copyOf(inventory);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        recipientUses = List.copyOf(recipientUses);
        rules = List.copyOf(rules);
        snippets = List.copyOf(snippets);
    }

    /** A result without flows. */
    public Result(
            Policy policy,
            List<InventoryEntry> inventory,
            List<Finding> findings,
            List<ParseProblem> problems,
            List<RecipientUse> recipientUses,
            Stats stats,
            List<RuleDescriptor> rules,
            List<Snippet> snippets) {
        this(policy, inventory, findings, problems, recipientUses, stats, rules, snippets, List.of());
    }

    /** A result without rule descriptions or snippets. */
    public Result(
            Policy policy,
            List<InventoryEntry> inventory,
            List<Finding> findings,
            List<ParseProblem> problems,
            List<RecipientUse> recipientUses,
            Stats stats) {
        this(policy, inventory, findings, problems, recipientUses, stats, List.of(), List.of());
    }

    /** The same result with the given source snippets. */
    public Result withSnippets(List<Snippet> newSnippets) {
        return new Result(policy, inventory, findings, problems, recipientUses, stats, rules, newSnippets, flows);
    }

    /** The same result with the given rule descriptions. */
    public Result withRules(List<RuleDescriptor> newRules) {
        return new Result(policy, inventory, findings, problems, recipientUses, stats, newRules, snippets, flows);
    }

    /**
     * Counts of what was scanned; no timings, so that output is reproducible.
     *
     * @param sourceFiles the {@code .java} files found, parsed or listed among the problems
     */
    public record Stats(int sourceFiles, int classFiles, int types, int fields) {
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at or above {@code threshold}; null means never fail. */
    public boolean failsAt(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
