package dev.lawful.policy.lint;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.Finding;
import dev.lawful.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints the policy itself: is it complete against GDPR Art. 13 and 14, and consistent?
 * Runs on {@code lawful validate}, in the check goal and before every scan. A bare taxonomy
 * (no controller, purposes or disclosed categories) gets a single note instead.
 */
public final class PolicyLint {

    private static final List<PolicyRule> RULES = List.of(
            new ControllerMissing(),
            new ControllerAmbiguous(),
            new ContactMissing(),
            new ContactNotDpo(),
            new PurposesMissing(),
            new PurposeWithoutBasis(),
            new PurposeBasisInterpreted(),
            new ProfilingWithoutConsent(),
            new CategoriesNotDisclosed(),
            new RetentionMissing(),
            new SpecialCategoryWithoutCondition(),
            new RecipientCountryMissing(),
            new RecipientCategoriesMissing(),
            new TransferWithoutSafeguard(),
            new ConsentImplied(),
            new RightMissing(),
            new WithdrawConsentMissing(),
            new ComplaintRightMissing(),
            new UnknownReference());

    private static final PolicyRule TAXONOMY_ONLY = new TaxonomyOnly();

    /** Every lint rule, for documentation and report legends. */
    public static List<Check> rules() {
        List<Check> all = new ArrayList<>(RULES);
        all.add(TAXONOMY_ONLY);
        return List.copyOf(all);
    }

    /** The findings about {@code policy}, in {@link Finding#ORDER}. */
    public List<Finding> lint(Policy policy) {
        CheckContext context = new CheckContext(policy, List.of(), List.of());
        List<Finding> findings = new ArrayList<>();
        if (PolicyFacts.isOrganisationPolicy(policy)) {
            RULES.forEach(rule -> rule.run(context, findings::add));
        } else {
            TAXONOMY_ONLY.run(context, findings::add);
            new UnknownReference().run(context, findings::add);
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
