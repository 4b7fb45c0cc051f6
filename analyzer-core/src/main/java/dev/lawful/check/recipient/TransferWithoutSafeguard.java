package dev.lawful.check.recipient;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.policy.DeclaredRecipients;
import dev.lawful.policy.EuropeanEconomicArea;
import dev.lawful.policy.Recipient;
import dev.lawful.recipient.RecipientUse;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The build uses a declared recipient outside the EU/EEA for which the policy names no
 * Chapter V safeguard. The policy lint reports the gap in the rule file
 * ({@code policy-transfer-without-safeguard}); this check places it where the code makes
 * the transfer, so the developer who adds such an SDK sees it.
 */
@CheckInfo(
        id = "transfer-without-safeguard",
        severity = Severity.ERROR,
        summary = "Code sends data to a recipient outside the EU/EEA that has no transfer safeguard",
        docs = """
                The build uses a third-party service (found by its Maven coordinates, its SDK's \
                package, or its endpoint's host name) that the policy declares as a recipient in a \
                country outside the EU/EEA, and the policy names no ground under Chapter V GDPR for \
                that transfer: an adequacy decision (Art. 45), appropriate safeguards such as \
                standard contractual clauses or binding corporate rules (Art. 46, 47), or a \
                derogation (Art. 49). Under Art. 44 such a transfer is unlawful, and Art. 13(1)(f) \
                requires telling data subjects the safeguard.

                The finding is placed at the first use in the sources when there is one. The same \
                gap in the rule file is reported by the policy lint as \
                `policy-transfer-without-safeguard`.

                **How to fix.** Add `transfer: {mechanism: ..., reference: ...}` to the recipient, \
                with one of the policy's `transferMechanisms`, or stop using the service.""")
public final class TransferWithoutSafeguard implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredRecipients declared = new DeclaredRecipients(context.policy());
        RecipientEvidence.byService(context.recipientUses()).forEach((serviceId, uses) -> declared.declaring(serviceId).ifPresent(recipient -> {
            Optional<String> country = declared.country(recipient);
            if (recipient.transfer() == null && country.isPresent() && !EuropeanEconomicArea.contains(country.get())) {
                findings.accept(finding(recipient, country.get(), uses, declared, context));
            }
        }));
    }

    private Finding finding(Recipient recipient, String country, List<RecipientUse> uses, DeclaredRecipients declared,
            CheckContext context) {
        String name = recipient.name() != null && !recipient.name().isBlank()
                ? recipient.name()
                : declared.displayName(DeclaredRecipients.serviceId(recipient));
        String message = "The build sends data to " + name + " (recipient " + recipient.id() + ") in " + country
                + ", outside the EU/EEA, and the policy names no transfer safeguard (GDPR Chapter V): "
                + RecipientEvidence.describe(uses) + ".";
        Fix fix = new Fix("Add the Chapter V ground of the transfer to recipient " + recipient.id()
                + (recipient.ref() == null ? "" : " (" + recipient.ref() + ")") + ".",
                RecipientFixes.transfer(context.policy()), null);
        RecipientUse at = RecipientEvidence.placeOf(uses);
        return new Finding(info().id(), info().severity(), null, null, at.file(), at.line(), 0, null, message, fix);
    }
}
