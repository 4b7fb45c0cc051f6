package dev.lawful;

import dev.lawful.check.BaselineStatus;
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
 * @param baseline which findings an accepted baseline covers; {@link BaselineStatus#NONE} without one
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
        List<Flow> flows,
        BaselineStatus baseline) {

    public Result {
        flows = List.copyOf(flows);
        baseline = baseline == null ? BaselineStatus.NONE : baseline;
        inventory = DecodedOnFirstUse.unmodifiable(inventory);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        recipientUses = List.copyOf(recipientUses);
        rules = List.copyOf(rules);
        snippets = DecodedOnFirstUse.unmodifiable(snippets);
    }

    /** A result without flows or a baseline. */
    public Result(
            Policy policy,
            List<InventoryEntry> inventory,
            List<Finding> findings,
            List<ParseProblem> problems,
            List<RecipientUse> recipientUses,
            Stats stats,
            List<RuleDescriptor> rules,
            List<Snippet> snippets) {
        this(policy, inventory, findings, problems, recipientUses, stats, rules, snippets, List.of(), BaselineStatus.NONE);
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
        return new Result(policy, inventory, findings, problems, recipientUses, stats, rules, newSnippets, flows, baseline);
    }

    /** The same result with the given rule descriptions. */
    public Result withRules(List<RuleDescriptor> newRules) {
        return new Result(policy, inventory, findings, problems, recipientUses, stats, newRules, snippets, flows, baseline);
    }

    /** The same result compared with a baseline. */
    public Result withBaseline(BaselineStatus newBaseline) {
        return new Result(policy, inventory, findings, problems, recipientUses, stats, rules, snippets, flows, newBaseline);
    }

    /** Whether the baseline accepts this finding (then it does not fail the build). */
    public boolean isBaselined(Finding finding) {
        return baseline.covers(finding);
    }

    /** The findings the baseline does not accept: all of them without a baseline. */
    public List<Finding> newFindings() {
        return findings.stream().filter(f -> !isBaselined(f)).toList();
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

    /**
     * Whether any finding the baseline does not accept is at or above {@code threshold}; null
     * means never fail.
     */
    public boolean failsAt(Severity threshold) {
        return threshold != null && newFindings().stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
