package dev.lawful.check.recipient;

import static dev.lawful.recipient.PolicyFixture.TAXONOMY;
import static dev.lawful.recipient.PolicyFixture.mechanism;
import static dev.lawful.recipient.PolicyFixture.ownRecipient;
import static dev.lawful.recipient.PolicyFixture.policy;
import static dev.lawful.recipient.PolicyFixture.recipientOf;
import static dev.lawful.recipient.PolicyFixture.scc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.policy.Signatures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferWithoutSafeguardCheckTest {

    private final TransferWithoutSafeguardCheck check = new TransferWithoutSafeguardCheck();

    @Test
    void aRecipientOutsideTheEeaWithoutSafeguardIsAnErrorAtItsEntry() {
        List<Finding> findings = Findings.of(check,
                policy(TAXONOMY, List.of(recipientOf("stripe", "US", null, 30)), List.of(mechanism("adequacy"), mechanism("scc"))),
                List.of());

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("transfer-without-safeguard", finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("lawful.yaml", finding.file());
        assertEquals(30, finding.line());
        assertEquals(5, finding.column());
        assertEquals("Recipient Stripe (stripe) processes data in US, outside the EU/EEA, and the policy names no transfer"
                + " safeguard (GDPR Chapter V).", finding.message());
        assertEquals("transfer: {mechanism: scc, reference: \"\"}   # mechanism: one of adequacy, scc\n", finding.fix().yaml());
    }

    @Test
    void theCountryOfTheServiceCountsWhenTheRecipientGivesNone() {
        List<Finding> findings = Findings.of(check, policy(TAXONOMY, List.of(recipientOf("google-analytics", null, null, 40))),
                List.of());

        assertEquals(List.of(40), findings.stream().map(Finding::line).toList());
        assertEquals("transfer: {mechanism: scc, reference: \"\"}\n", findings.get(0).fix().yaml());
    }

    @Test
    void theRecipientsOwnCountryWinsOverItsServices() {
        assertEquals(List.of(), Findings.of(check, policy(TAXONOMY, List.of(recipientOf("stripe", "IE", null, 30))), List.of()));
        assertEquals(1, Findings.of(check, policy(TAXONOMY, List.of(recipientOf("hotjar", "US", null, 30))), List.of()).size());
    }

    @Test
    void aNamedSafeguardSatisfiesTheCheck() {
        assertEquals(List.of(), Findings.of(check, policy(TAXONOMY, List.of(recipientOf("stripe", "US", scc(), 30))), List.of()));
    }

    @Test
    void recipientsInTheEeaOrOfUnknownCountryAreNotTransfers() {
        assertEquals(List.of(), Findings.of(check, policy(TAXONOMY, List.of(
                recipientOf("hotjar", null, null, 10),
                ownRecipient("posti", "Posti", "fi", Signatures.NONE, 20),
                ownRecipient("bring", "Bring", "NO", Signatures.NONE, 30),
                ownRecipient("accountant", "Our accountant", null, Signatures.NONE, 40))), List.of()));
    }

    @Test
    void aPolicyWithoutSccSuggestsItsOwnFirstMechanism() {
        List<Finding> findings = Findings.of(check,
                policy(TAXONOMY, List.of(recipientOf("stripe", "US", null, 30)), List.of(mechanism("dpf"))), List.of());

        assertEquals("transfer: {mechanism: dpf, reference: \"\"}   # mechanism: one of dpf\n", findings.get(0).fix().yaml());
    }
}
