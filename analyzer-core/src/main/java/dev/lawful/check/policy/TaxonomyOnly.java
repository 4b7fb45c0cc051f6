package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-taxonomy-only", severity = Severity.NOTE,
        summary = "Only the base taxonomy is loaded: there is no organisation policy to check",
        docs = """
                The rule files name no controller, no purpose and no disclosed categories, so Lawful \
                can inventory personal data but cannot say whether the code matches a policy. The \
                completeness lint (Art. 13 and 14) is skipped.

                **Fix:** write a rule file that `extends: builtin:gdpr` and states your controller, \
                purposes and `disclosedCategories`, or start from `builtin:jalonom`.""")
public final class TaxonomyOnly extends PolicyRule {

    @Override
    boolean appliesTo(Policy policy) {
        return !PolicyFacts.isOrganisationPolicy(policy);
    }

    @Override
    void check(Policy policy, Reporter reporter) {
        reporter.report(policy.locate("id"), null, "Only the taxonomy '" + policy.id() + "' is loaded: the inventory"
                + " is listed, but there is no organisation policy to check it against",
                "Write a rule file for your organisation on top of the taxonomy.", """
                lawful: 1
                id: my-policy
                extends: builtin:gdpr
                controller: {name: My Company Ab, contact: {name: Data protection officer, role: dpo, email: [dpo@example.com]}}
                purposes: [{id: orders, name: Order handling, legalBases: [contract]}]
                disclosedCategories: [user.name, user.contact]
                """);
    }
}
