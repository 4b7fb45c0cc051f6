package dev.lawful.check.recipient;

import static dev.lawful.recipient.PolicyFixture.TAXONOMY;
import static dev.lawful.recipient.PolicyFixture.ownRecipient;
import static dev.lawful.recipient.PolicyFixture.policy;
import static dev.lawful.recipient.PolicyFixture.recipientOf;
import static dev.lawful.recipient.PolicyFixture.scc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.policy.Signatures;
import dev.lawful.recipient.RecipientUse.How;
import dev.lawful.recipient.RecipientUse;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientUnusedTest {

    private final RecipientUnused check = new RecipientUnused();

    @Test
    void aDeclaredRecipientNothingUsesIsANoteAtItsEntry() {
        List<Finding> findings = Findings.of(check,
                policy(TAXONOMY, List.of(recipientOf("stripe", "US", scc(), 30), recipientOf("hotjar", null, null, 40))),
                List.of(new RecipientUse("stripe", How.MAVEN, "com.stripe:stripe-java", "stripe-java.jar", 0)));

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("recipient-unused", finding.ruleId());
        assertEquals(Severity.NOTE, finding.severity());
        assertEquals("lawful.yaml", finding.file());
        assertEquals(40, finding.line());
        assertEquals("Recipient Hotjar (hotjar) is declared, but nothing in the scanned build uses it: no dependency, package"
                + " or endpoint host of Hotjar was found.", finding.message());
    }

    @Test
    void aRecipientWithItsOwnSignaturesIsCheckedToo() {
        List<Finding> findings = Findings.of(check, policy(TAXONOMY, List.of(ownRecipient("acme-crm", "Acme CRM", "FI",
                new Signatures(List.of(), List.of("fi.acme.crm"), List.of()), 20))), List.of());

        assertEquals(List.of(20), findings.stream().map(Finding::line).toList());
    }

    @Test
    void aUsedRecipientIsNoFinding() {
        assertEquals(List.of(), Findings.of(check, policy(TAXONOMY, List.of(recipientOf("stripe", "US", scc(), 30))),
                List.of(new RecipientUse("stripe", How.PACKAGE, "com.stripe.Stripe", "src/main/java/Pay.java", 0))));
    }

    @Test
    void aRecipientNoBuildCanShowIsNotChecked() {
        assertEquals(List.of(), Findings.of(check, policy(TAXONOMY, List.of(
                ownRecipient("accountant", "Our accountant", "FI", Signatures.NONE, 20),
                recipientOf("unknown-service", "FI", null, 30))), List.of()));
    }
}
