package dev.lawful;

import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.inventory.RecipientUse;
import dev.lawful.policy.Policy;
import dev.lawful.scan.ParseProblem;
import java.util.List;

/**
 * Everything one analysis produced, in report order. Report writers read only this.
 *
 * @param inventory sorted by file, line, member
 * @param findings code and policy findings, sorted by {@link Finding#ORDER}
 * @param problems files that could not be read or parsed, sorted by file
 */
public record Result(
        Policy policy,
        List<InventoryEntry> inventory,
        List<Finding> findings,
        List<ParseProblem> problems,
        List<RecipientUse> recipientUses,
        Stats stats) {

    public Result {
        inventory = List.copyOf(inventory);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        recipientUses = List.copyOf(recipientUses);
    }

    /** Counts of what was scanned; no timings, so that output is reproducible. */
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
