package dev.lawful.check.policy;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Severity;
import dev.lawful.policy.ClassificationOverride;
import dev.lawful.policy.CookieGroup;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Declaration;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.RetentionRule;
import dev.lawful.policy.SourceRef;
import java.util.Collection;
import java.util.Map;

@CheckInfo(id = "policy-unknown-reference", severity = Severity.ERROR,
        summary = "An entry of the policy refers to an id that is not defined",
        docs = """
                A purpose names a legal basis, a declaration a purpose or retention rule, a recipient a \
                service, a category or a transfer mechanism that no rule file defines. Rule files loaded \
                by Lawful are refused with this problem before any check runs; this rule catches it in \
                policies assembled by other tools.

                **Fix:** correct the id, or define the entry it refers to.""")
public final class UnknownReference extends PolicyRule {

    /** A dangling id is wrong in a bare taxonomy too. */
    @Override
    boolean appliesTo(Policy policy) {
        return true;
    }

    @Override
    void check(Policy policy, Reporter reporter) {
        Checker checker = new Checker(policy, reporter);
        policy.legalBases().values().forEach(b -> checker.basis(b.refines(), b.ref()));
        for (Purpose purpose : policy.purposes().values()) {
            purpose.legalBases().forEach(b -> checker.basis(b, purpose.ref()));
        }
        for (Recipient recipient : policy.recipients().values()) {
            checker.id("service", recipient.service(), policy.services(), recipient.ref());
            checker.ids("purpose", recipient.purposes(), policy.purposes(), recipient.ref());
            recipient.categories().forEach(c -> checker.category(c, recipient.ref()));
            if (recipient.transfer() != null) {
                checker.id("transfer mechanism", recipient.transfer().mechanism(), policy.transferMechanisms(),
                        recipient.ref());
            }
        }
        for (CookieGroup group : policy.cookies()) {
            checker.ids("purpose", group.purposes(), policy.purposes(), group.ref());
            checker.ids("recipient", group.recipients(), policy.recipients(), group.ref());
        }
        for (RetentionRule rule : policy.retention().values()) {
            rule.categories().forEach(c -> checker.category(c, rule.ref()));
        }
        for (Declaration declaration : policy.declarations()) {
            declaration.categories().forEach(c -> checker.category(c, declaration.ref()));
            checker.ids("purpose", declaration.purposes(), policy.purposes(), declaration.ref());
            checker.basis(declaration.legalBasis(), declaration.ref());
            checker.id("retention rule", declaration.retention(), policy.retention(), declaration.ref());
        }
        for (ClassificationOverride override : policy.overrides()) {
            checker.category(override.category(), override.ref());
        }
        if (policy.disclosedCategories() != null) {
            policy.disclosedCategories().forEach(c -> checker.category(c, policy.locate("disclosedCategories/" + c)));
        }
    }

    /** Reports each reference that does not resolve. */
    private record Checker(Policy policy, Reporter reporter) {

        void basis(String id, SourceRef where) {
            id("legal basis", id, policy.legalBases(), where);
        }

        void ids(String kind, Collection<String> ids, Map<String, ?> known, SourceRef where) {
            ids.forEach(id -> id(kind, id, known, where));
        }

        void id(String kind, String id, Map<String, ?> known, SourceRef where) {
            if (id != null && !known.containsKey(id)) {
                unknown(kind, id, where);
            }
        }

        void category(String id, SourceRef where) {
            if (id != null && policy.categories().keySet().stream()
                    .noneMatch(c -> DataCategory.isWithin(c, id))) {
                unknown("category", id, where);
            }
        }

        private void unknown(String kind, String id, SourceRef where) {
            reporter.report(where, null, "Unknown " + kind + " '" + id + "'", "Correct the id or define the " + kind
                    + ".", null);
        }
    }
}
