package dev.lawful.check.recipient;

import static dev.lawful.recipient.PolicyFixture.GOOGLE_ANALYTICS;
import static dev.lawful.recipient.PolicyFixture.HOTJAR;
import static dev.lawful.recipient.PolicyFixture.STRIPE;
import static dev.lawful.recipient.PolicyFixture.TAXONOMY;
import static dev.lawful.recipient.PolicyFixture.mechanism;
import static dev.lawful.recipient.PolicyFixture.ownRecipient;
import static dev.lawful.recipient.PolicyFixture.policy;
import static dev.lawful.recipient.PolicyFixture.recipientOf;
import static dev.lawful.recipient.PolicyFixture.scc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.policy.Signatures;
import dev.lawful.recipient.RecipientUse.How;
import dev.lawful.recipient.RecipientUse;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientUndeclaredTest {

    private static final RecipientUse STRIPE_DEPENDENCY =
            new RecipientUse("stripe", How.MAVEN, "com.stripe:stripe-java", "stripe-java-24.0.0.jar", 0);
    private static final RecipientUse STRIPE_PACKAGE =
            new RecipientUse("stripe", How.PACKAGE, "com.stripe", "stripe-java-24.0.0.jar", 0);
    private static final RecipientUse STRIPE_IMPORT =
            new RecipientUse("stripe", How.PACKAGE, "com.stripe.Stripe", "src/main/java/com/acme/shop/PaymentService.java", 0);
    private static final RecipientUse ANALYTICS_HOST = new RecipientUse("google-analytics", How.HOST,
            "www.google-analytics.com", "target/classes/com/acme/shop/PaymentService.class", 0);

    private final RecipientUndeclared check = new RecipientUndeclared();

    @Test
    void aServiceUsedButNotDeclaredIsAnErrorAtItsUseInSource() {
        List<Finding> findings = Findings.of(check, policy(TAXONOMY, List.of(), List.of(mechanism("adequacy"), mechanism("scc"))),
                List.of(STRIPE_DEPENDENCY, STRIPE_PACKAGE, STRIPE_IMPORT));

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("recipient-undeclared", finding.ruleId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("src/main/java/com/acme/shop/PaymentService.java", finding.file());
        assertEquals("Stripe is used in the build but no recipient in the policy declares service stripe: "
                + "dependency com.stripe:stripe-java (stripe-java-24.0.0.jar); package com.stripe (stripe-java-24.0.0.jar); "
                + "package com.stripe.Stripe (src/main/java/com/acme/shop/PaymentService.java).", finding.message());
        assertEquals("""
                recipients:
                  - id: stripe
                    service: stripe
                    country: US
                    purposes: []      # ids of the purposes data is sent for
                    categories: []    # ids of the data categories it receives
                    transfer: {mechanism: scc, reference: ""}   # outside the EU/EEA
                """, finding.fix().yaml());
    }

    @Test
    void withoutSourceEvidenceTheFindingIsAtTheFirstUse() {
        List<Finding> findings = Findings.of(check, policy(TAXONOMY, List.of()), List.of(ANALYTICS_HOST));

        assertEquals(1, findings.size());
        assertEquals("target/classes/com/acme/shop/PaymentService.class", findings.get(0).file());
        assertEquals("Google Analytics is used in the build but no recipient in the policy declares service google-analytics: "
                + "endpoint www.google-analytics.com (target/classes/com/acme/shop/PaymentService.class).",
                findings.get(0).message());
    }

    @Test
    void eachUndeclaredServiceIsOneFindingAndLongEvidenceIsShortened() {
        List<RecipientUse> uses = List.of(ANALYTICS_HOST,
                new RecipientUse("hotjar", How.HOST, "static.hotjar.com", "src/main/java/com/acme/web/Tracking.java", 4),
                STRIPE_DEPENDENCY, STRIPE_PACKAGE, STRIPE_IMPORT,
                new RecipientUse("stripe", How.HOST, "api.stripe.com", "src/main/java/com/acme/shop/Refunds.java", 12));

        List<Finding> findings = Findings.of(check, policy(TAXONOMY, List.of()), uses);

        assertEquals(List.of("google-analytics", "hotjar", "stripe"),
                findings.stream().map(f -> f.message().replaceAll(".* declares service ([a-z-]+):.*", "$1")).toList());
        assertEquals("src/main/java/com/acme/web/Tracking.java", findings.get(1).file());
        assertEquals(4, findings.get(1).line());
        assertTrue(findings.get(2).message().endsWith("; and 1 more."), findings.get(2).message());
    }

    @Test
    void aServiceInTheEeaNeedsNoTransferLine() {
        List<Finding> findings = Findings.of(check, policy(List.of(HOTJAR), List.of()),
                List.of(new RecipientUse("hotjar", How.HOST, "static.hotjar.com", "src/main/java/Tracking.java", 4)));

        assertEquals("""
                recipients:
                  - id: hotjar
                    service: hotjar
                    country: MT
                    purposes: []      # ids of the purposes data is sent for
                    categories: []    # ids of the data categories it receives
                """, findings.get(0).fix().yaml());
    }

    @Test
    void aServiceDeclaredByARecipientNamingItIsNoFinding() {
        assertEquals(List.of(), Findings.of(check,
                policy(TAXONOMY, List.of(recipientOf("stripe", "US", scc(), 30), recipientOf("google-analytics", null, null, 40))),
                List.of(STRIPE_DEPENDENCY, STRIPE_IMPORT, ANALYTICS_HOST)));
    }

    @Test
    void aRecipientDetectedByItsOwnSignaturesIsDeclared() {
        assertEquals(List.of(), Findings.of(check,
                policy(List.of(GOOGLE_ANALYTICS), List.of(ownRecipient("acme-crm", "Acme CRM", "FI",
                        new Signatures(List.of(), List.of(), List.of("crm.acme.fi")), 20))),
                List.of(new RecipientUse("acme-crm", How.HOST, "crm.acme.fi", "src/main/java/Crm.java", 7))));
    }

    @Test
    void noUsesNoFindings() {
        assertEquals(List.of(), Findings.of(check, policy(List.of(STRIPE), List.of()), List.of()));
    }
}
