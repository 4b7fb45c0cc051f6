package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.LegalBasis;
import dev.lawful.policy.Policy;

@CheckInfo(id = "policy-special-category-without-condition", severity = Severity.WARNING,
        summary = "The policy discloses special-category data but no purpose rests on an Art. 9(2) condition",
        docs = """
                Health, biometric, genetic data and the other special categories of Art. 9 (and \
                criminal data, Art. 10) may be processed only under one of the conditions of Art. 9(2) \
                (or an Art. 10 ground), on top of an Art. 6 basis. The policy discloses such a category, \
                but no purpose has a basis of kind `special-category-condition` or `criminal-data-ground`.

                **Fix:** add the condition (`explicit-consent`, `health-care`, ...) to the purposes that \
                process the category, or remove the category if it is not held.""")
public final class SpecialCategoryWithoutCondition extends PolicyRule {

    @Override
    void check(Policy policy, Reporter reporter) {
        if (policy.disclosedCategories() == null || hasCondition(policy)) {
            return;
        }
        for (String disclosed : policy.disclosedCategories()) {
            policy.categories().values().stream()
                    .filter(c -> c.special() && (c.isWithin(disclosed)))
                    .findFirst()
                    .ifPresent(special -> report(policy, reporter, disclosed, special));
        }
    }

    private static void report(Policy policy, Reporter reporter, String disclosed, DataCategory special) {
        reporter.report(policy.locate("disclosedCategories/" + disclosed), disclosed, "The policy discloses "
                + special.name() + " (" + special.id() + "), a special category, but no purpose rests on an"
                + " Art. 9(2) condition or Art. 10 ground", "Add the condition to the purposes that use it.",
                "    legalBases: [contract, explicit-consent]\n");
    }

    private static boolean hasCondition(Policy policy) {
        return policy.purposes().values().stream().flatMap(p -> p.legalBases().stream())
                .map(policy.legalBases()::get)
                .anyMatch(b -> b != null && b.kind() != LegalBasis.Kind.LAWFUL_BASIS);
    }
}
