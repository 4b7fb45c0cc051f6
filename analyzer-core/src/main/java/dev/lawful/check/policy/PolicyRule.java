package dev.lawful.check.policy;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.policy.Policy;
import dev.lawful.policy.SourceRef;
import java.util.function.Consumer;

/**
 * One rule of the policy lint: looks only at the policy, never at code. A {@link Check}, so
 * that reports and generated docs treat it like any other; its findings point into the rule
 * file and have no class or member.
 */
abstract class PolicyRule implements Check {

    @Override
    public final void run(CheckContext context, Consumer<Finding> findings) {
        if (appliesTo(context.policy())) {
            check(context.policy(), new Reporter(this, findings));
        }
    }

    /** Most rules judge an organisation's policy only; a bare taxonomy has nothing for them to miss. */
    boolean appliesTo(Policy policy) {
        return PolicyFacts.isOrganisationPolicy(policy);
    }

    abstract void check(Policy policy, Reporter reporter);

    /** Turns what a rule found into findings with its id and severity. */
    static final class Reporter {

        private final PolicyRule rule;
        private final Consumer<Finding> findings;

        Reporter(PolicyRule rule, Consumer<Finding> findings) {
            this.rule = rule;
            this.findings = findings;
        }

        void report(SourceRef where, String category, String message, String fixSummary, String fixYaml) {
            findings.accept(new Finding(rule.info().id(), rule.info().severity(), null, null,
                    where == null ? null : where.file(), where == null ? 0 : where.line(),
                    where == null ? 0 : where.column(), category, message, new Fix(fixSummary, fixYaml, null)));
        }
    }
}
