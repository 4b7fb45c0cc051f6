package dev.lawful.check.recipient;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.policy.DeclaredRecipients;
import dev.lawful.recipient.RecipientUse;
import java.util.List;
import java.util.function.Consumer;

/** A third-party service the build uses that no recipient of the policy declares. */
@CheckInfo(
        id = "recipient-undeclared",
        severity = Severity.ERROR,
        summary = "A third-party service is used in the build but the policy does not declare it as a recipient",
        docs = """
                Lawful recognises the SDKs and endpoints of common third-party services (analytics, \
                advertising, error tracking, payment, e-mail, cloud) by their Maven coordinates, \
                their Java packages and the host names of their endpoints. When the build uses one \
                of them and no `recipients:` entry of the policy names it, personal data is likely \
                disclosed to a recipient the privacy notice does not mention.

                **Why it matters.** Art. 13(1)(e) and 14(1)(e) GDPR require informing data subjects \
                of the recipients or categories of recipients; Art. 30(1)(d) requires recording them. \
                Most such services are processors, which also need a contract under Art. 28.

                **How to fix.** Add the service to `recipients:` with the purposes and data \
                categories it receives, and a transfer safeguard when it processes data outside the \
                EU/EEA. If the dependency is unused, remove it from the build.

                The finding is placed at the first use in the sources when there is one, else at \
                the first dependency that shows it; the message lists the evidence.""")
public final class RecipientUndeclared implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredRecipients declared = new DeclaredRecipients(context.policy());
        RecipientEvidence.byService(context.recipientUses()).forEach((serviceId, uses) -> {
            if (declared.declaring(serviceId).isEmpty()) {
                findings.accept(finding(serviceId, uses, declared, context));
            }
        });
    }

    private Finding finding(String serviceId, List<RecipientUse> uses, DeclaredRecipients declared, CheckContext context) {
        RecipientUse at = RecipientEvidence.placeOf(uses);
        String message = declared.displayName(serviceId) + " is used in the build but no recipient in the policy"
                + " declares service " + serviceId + ": " + RecipientEvidence.describe(uses) + ".";
        Fix fix = new Fix("Declare " + declared.displayName(serviceId) + " as a recipient, with what it receives and why.",
                RecipientFixes.recipientEntry(serviceId, declared.service(serviceId).orElse(null), context.policy()), null);
        return new Finding(info().id(), info().severity(), null, null, at.file(), at.line(), 0, null, message, fix);
    }
}
