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
import dev.lawful.recipient.RecipientUse.How;
import dev.lawful.recipient.RecipientUse;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferWithoutSafeguardTest {

    private static final RecipientUse STRIPE_JAR = new RecipientUse("stripe", How.MAVEN, "com.stripe:stripe-java",
            "lib/stripe-java.jar", 0);
    private static final RecipientUse STRIPE_IMPORT = new RecipientUse("stripe", How.PACKAGE, "com.stripe.Stripe",
            "src/main/java/shop/Payments.java", 12);

    private final TransferWithoutSafeguard check = new TransferWithoutSafeguard();

    @Test
    void codeThatUsesARecipientOutsideTheEeaWithoutSafeguardIsAnErrorAtTheFirstSourceUse() {
        List<Finding> findings = Findings.of(check,
                policy(TAXONOMY, List.of(recipientOf("stripe", "US", null, 30)), List.of(mechanism("adequacy"), mechanism("scc"))),
                List.of(STRIPE_JAR, STRIPE_IMPORT));

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("transfer-without-safeguard", finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("src/main/java/shop/Payments.java", finding.file());
        assertEquals(12, finding.line());
        assertEquals("The build sends data to Stripe (recipient stripe) in US, outside the EU/EEA, and the policy names"
                + " no transfer safeguard (GDPR Chapter V): dependency com.stripe:stripe-java (lib/stripe-java.jar);"
                + " package com.stripe.Stripe (src/main/java/shop/Payments.java:12).", finding.message());
        assertEquals("transfer: {mechanism: scc, reference: \"\"}   # mechanism: one of adequacy, scc\n", finding.fix().yaml());
    }

    @Test
    void aRecipientNothingUsesIsLeftToThePolicyLint() {
        assertEquals(List.of(), Findings.of(check, policy(TAXONOMY, List.of(recipientOf("stripe", "US", null, 30))), List.of()));
    }

    @Test
    void theCountryOfTheServiceCountsWhenTheRecipientGivesNone() {
        RecipientUse analytics = new RecipientUse("google-analytics", How.HOST, "www.google-analytics.com",
                "src/main/java/shop/Tracking.java", 40);
        List<Finding> findings = Findings.of(check, policy(TAXONOMY, List.of(recipientOf("google-analytics", null, null, 40))),
                List.of(analytics));

        assertEquals(List.of(40), findings.stream().map(Finding::line).toList());
        assertEquals("transfer: {mechanism: scc, reference: \"\"}\n", findings.get(0).fix().yaml());
    }

    @Test
    void theRecipientsOwnCountryWinsOverItsServices() {
        assertEquals(List.of(), Findings.of(check, policy(TAXONOMY, List.of(recipientOf("stripe", "IE", null, 30))),
                List.of(STRIPE_IMPORT)));
    }

    @Test
    void aNamedSafeguardSatisfiesTheCheck() {
        assertEquals(List.of(), Findings.of(check, policy(TAXONOMY, List.of(recipientOf("stripe", "US", scc(), 30))),
                List.of(STRIPE_IMPORT)));
    }

    @Test
    void recipientsInTheEeaOrOfUnknownCountryAreNotTransfers() {
        var posti = new RecipientUse("posti", How.HOST, "api.posti.fi", "src/main/java/shop/Shipping.java", 5);
        var hotjar = new RecipientUse("hotjar", How.HOST, "static.hotjar.com", "src/main/java/shop/Web.java", 7);
        assertEquals(List.of(), Findings.of(check, policy(TAXONOMY, List.of(
                recipientOf("hotjar", null, null, 10),
                ownRecipient("posti", "Posti", "fi", Signatures.NONE, 20),
                ownRecipient("bring", "Bring", "NO", Signatures.NONE, 30),
                ownRecipient("accountant", "Our accountant", null, Signatures.NONE, 40))), List.of(posti, hotjar)));
    }
}
