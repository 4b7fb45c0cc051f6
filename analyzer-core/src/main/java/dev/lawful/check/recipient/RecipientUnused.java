package dev.lawful.check.recipient;

import dev.lawful.check.Check;
import dev.lawful.check.CheckContext;
import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.policy.DeclaredRecipients;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.SourceRef;
import dev.lawful.recipient.RecipientUse;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** A declared recipient with detection signatures that nothing in the build matches. */
@CheckInfo(
        id = "recipient-unused",
        severity = Severity.NOTE,
        summary = "A declared recipient is not used anywhere in the scanned build",
        docs = """
                The policy declares a recipient that Lawful can recognise (it, or the service it \
                names, has Maven coordinates, packages or endpoint hosts), yet no dependency, \
                import, class reference or endpoint in the scanned build matches.

                **Why it matters.** A privacy notice that lists recipients no longer used is \
                inaccurate (Art. 5(1)(a), 13(1)(e)); keeping it current is part of accountability \
                (Art. 5(2)). It is a note, not an error: another system, a front-end script or a \
                manual process may send the data, and a scan without the dependencies sees no jars.

                **How to fix.** Remove the recipient when data no longer goes to it; otherwise \
                ignore the note, or scan with the runtime classpath so that its SDK is seen. \
                Recipients without any signature (an accountant, an authority) are not checked.""")
public final class RecipientUnused implements Check {

    @Override
    public void run(CheckContext context, Consumer<Finding> findings) {
        DeclaredRecipients declared = new DeclaredRecipients(context.policy());
        Set<String> used = new HashSet<>();
        for (RecipientUse use : context.recipientUses()) {
            used.add(use.serviceId());
        }
        for (Recipient recipient : context.policy().recipients().values()) {
            if (declared.isDetectable(recipient) && !used.contains(DeclaredRecipients.serviceId(recipient))) {
                findings.accept(finding(recipient, declared));
            }
        }
    }

    private Finding finding(Recipient recipient, DeclaredRecipients declared) {
        String serviceId = DeclaredRecipients.serviceId(recipient);
        String name = recipient.name() != null && !recipient.name().isBlank() ? recipient.name() : declared.displayName(serviceId);
        String message = "Recipient " + name + " (" + recipient.id() + ") is declared, but nothing in the scanned build"
                + " uses it: no dependency, package or endpoint host of " + declared.displayName(serviceId) + " was found.";
        Fix fix = new Fix("Remove recipient " + recipient.id() + " if data no longer goes to it.", null, null);
        SourceRef ref = recipient.ref() != null ? recipient.ref() : SourceRef.of(null);
        return new Finding(info().id(), info().severity(), null, null, ref.file(), ref.line(), ref.column(),
                null, message, fix);
    }
}
