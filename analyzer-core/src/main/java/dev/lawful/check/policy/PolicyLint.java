package dev.lawful.check.policy;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.Checks;
import dev.lawful.check.Finding;
import dev.lawful.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints the policy itself: is it complete against GDPR Art. 13 and 14, and consistent?
 * Runs on {@code lawful validate}, in the check goal and before every scan (where the
 * analysis runs these rules among all the others). A bare taxonomy (no controller, purposes
 * or disclosed categories) gets a single note instead.
 */
public final class PolicyLint {

    /** Every lint rule of the registry, for documentation and report legends. */
    public static List<Check> rules() {
        return Checks.all().stream().filter(PolicyRule.class::isInstance).toList();
    }

    /** The findings about {@code policy}, in {@link Finding#ORDER}. */
    public List<Finding> lint(Policy policy) {
        CheckContext context = new CheckContext(policy, List.of(), List.of());
        List<Finding> findings = new ArrayList<>();
        rules().forEach(rule -> rule.run(context, findings::add));
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
