package dev.lawful.check.policy;

import dev.lawful.policy.LegalBasis;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;

/** Questions several lint rules ask of a policy. */
final class PolicyFacts {

    private PolicyFacts() {
    }

    /**
     * Whether the policy is an organisation's, not the taxonomy alone: it names a controller,
     * a purpose or the categories it holds.
     */
    static boolean isOrganisationPolicy(Policy policy) {
        return policy.controller() != null || !policy.purposes().isEmpty() || policy.disclosedCategories() != null;
    }

    /** Whether {@code basisId} is {@code ancestorId} or narrows it through {@code refines}. */
    static boolean isOrRefines(Policy policy, String basisId, String ancestorId) {
        String current = basisId;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current.equals(ancestorId)) {
                return true;
            }
            LegalBasis basis = policy.legalBases().get(current);
            current = basis == null ? null : basis.refines();
        }
        return false;
    }

    static boolean reliesOn(Policy policy, Purpose purpose, String ancestorId) {
        return purpose.legalBases().stream().anyMatch(b -> isOrRefines(policy, b, ancestorId));
    }

    static boolean anyPurposeReliesOn(Policy policy, String ancestorId) {
        return policy.purposes().values().stream().anyMatch(p -> reliesOn(policy, p, ancestorId));
    }

    static boolean grants(Policy policy, String right) {
        return policy.rights().contains(right);
    }
}
