package dev.lawful.check.code;

import dev.lawful.bind.BoundDeclaration;
import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.LegalBasis;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

@CheckInfo(
        id = "legal-basis-not-allowed",
        severity = Severity.ERROR,
        summary = "Legal basis that the policy does not allow for the declared purpose",
        docs = """
                The declaration's legal basis is not among those the policy allows for one of its \
                purposes. A basis that refines an allowed one counts as allowed (a policy's \
                `accounting-law` refines the taxonomy's `legal-obligation`). Relying on a basis the \
                policy does not disclose for that purpose breaks Art. 13(1)(c).

                **Fix:** choose a basis the purpose allows, split the declaration by purpose, or \
                (with the compliance lead) add the basis to the purpose's `legalBases`.""")
public final class LegalBasisNotAllowed implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        Policy policy = context.policy();
        for (InventoryEntry entry : context.inventory()) {
            BoundDeclaration declaration = entry.declaration();
            if (declaration == null || !policy.legalBases().containsKey(declaration.legalBasis())) {
                continue;
            }
            for (String purposeId : declaration.purposes()) {
                Purpose purpose = policy.purposes().get(purposeId);
                if (purpose != null && !isAllowed(policy, purpose, declaration.legalBasis())) {
                    String message = "%s is processed for %s on legal basis %s, which the policy does not allow for that purpose (allowed: %s)"
                            .formatted(entry.element().member(), purposeId, declaration.legalBasis(),
                                    String.join(", ", purpose.legalBases()));
                    String yaml = "    legalBasis: " + (purpose.legalBases().isEmpty() ? "LEGAL_BASIS" : purpose.legalBases().get(0))
                            + "   # allowed for " + purposeId + ": " + String.join(", ", purpose.legalBases()) + "\n";
                    findings.accept(Finding.at(info(), entry.element(), entry.classification().primaryCategory(), message,
                            new Fix("Use a legal basis that " + purposeId + " allows, in " + declaration.ref(), yaml, null)));
                }
            }
        }
    }

    /** Whether {@code basisId}, or a basis it refines, is allowed for the purpose. */
    static boolean isAllowed(Policy policy, Purpose purpose, String basisId) {
        Set<String> seen = new HashSet<>();
        String current = basisId;
        while (current != null && seen.add(current)) {
            if (purpose.legalBases().contains(current)) {
                return true;
            }
            LegalBasis basis = policy.legalBases().get(current);
            current = basis == null ? null : basis.refines();
        }
        return false;
    }
}
