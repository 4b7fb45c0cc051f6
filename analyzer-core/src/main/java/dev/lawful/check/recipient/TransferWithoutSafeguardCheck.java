package dev.lawful.check.recipient;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.SourceRef;
import dev.lawful.recipient.DeclaredRecipients;
import dev.lawful.recipient.EuropeanEconomicArea;
import java.util.Optional;
import java.util.function.Consumer;

/** A declared recipient outside the EU/EEA for which the policy names no Chapter V safeguard. */
@CheckInfo(
        id = "transfer-without-safeguard",
        severity = Severity.ERROR,
        summary = "A recipient outside the EU/EEA has no transfer safeguard in the policy",
        docs = """
                A recipient whose country (its own `country`, else its service's) lies outside the \
                EU/EEA receives personal data in a third country. The policy must say on which \
                ground of Chapter V GDPR that transfer rests: an adequacy decision (Art. 45), \
                appropriate safeguards such as standard contractual clauses or binding corporate \
                rules (Art. 46, 47), or a derogation (Art. 49).

                **Why it is an error.** Under Art. 44 a transfer without one of these grounds is \
                unlawful, and Art. 13(1)(f) / 14(1)(f) require telling data subjects which safeguard \
                applies. Either the transfer is unlawful or the policy fails to disclose its ground; \
                both need a fix before release, and the fix is one line.

                **How to fix.** Add `transfer: {mechanism: ..., reference: ...}` to the recipient, \
                with one of the policy's `transferMechanisms` (for a country with an adequacy decision, \
                `adequacy`). Recipients whose country is unknown are not checked.""")
public final class TransferWithoutSafeguardCheck implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredRecipients declared = new DeclaredRecipients(context.policy());
        for (Recipient recipient : context.policy().recipients().values()) {
            Optional<String> country = declared.country(recipient);
            if (recipient.transfer() == null && country.isPresent() && !EuropeanEconomicArea.contains(country.get())) {
                findings.accept(finding(recipient, country.get(), declared, context.policy()));
            }
        }
    }

    private Finding finding(Recipient recipient, String country, DeclaredRecipients declared, Policy policy) {
        String name = recipient.name() != null && !recipient.name().isBlank()
                ? recipient.name()
                : declared.displayName(DeclaredRecipients.serviceId(recipient));
        String message = "Recipient " + name + " (" + recipient.id() + ") processes data in " + country
                + ", outside the EU/EEA, and the policy names no transfer safeguard (GDPR Chapter V).";
        Fix fix = new Fix("Add the Chapter V ground of the transfer to recipient " + recipient.id() + ".",
                RecipientFixes.transfer(policy), null);
        SourceRef ref = recipient.ref() != null ? recipient.ref() : SourceRef.of(null);
        return new Finding(info().id(), info().severity(), null, null, ref.file(), ref.line(), ref.column(),
                null, message, fix);
    }
}
