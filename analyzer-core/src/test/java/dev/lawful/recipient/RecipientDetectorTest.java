package dev.lawful.recipient;

import static dev.lawful.recipient.PolicyFixture.TAXONOMY;
import static dev.lawful.recipient.PolicyFixture.ownRecipient;
import static dev.lawful.recipient.PolicyFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawful.policy.Signatures;
import dev.lawful.recipient.RecipientUse.How;
import dev.lawful.scan.SourceFileScan.Import;
import dev.lawful.scan.SourceFileScan.Literal;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.TypeInfo;
import dev.lawful.scan.bytecode.BytecodeScan;
import dev.lawful.scan.bytecode.BytecodeScanner;
import dev.lawful.scan.bytecode.ClasspathEntry;
import dev.lawful.scan.bytecode.CompiledFixtures;
import dev.lawful.scan.bytecode.Dependency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build of the fixture application: its classes reference the Stripe SDK and hold a
 * Google Analytics endpoint; the Stripe jar carries Maven metadata, the Segment jar does not.
 */
class RecipientDetectorTest {

    private static final String PAYMENT_CLASS = "target/classes/com/acme/shop/PaymentService.class";
    private static final String PAYMENT_SOURCE = "src/main/java/com/acme/shop/PaymentService.java";

    @TempDir
    static Path temp;

    static BytecodeScan bytecode;

    private final RecipientDetector detector = new RecipientDetector(policy(TAXONOMY, List.of()));

    @BeforeAll
    static void buildAndScan() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path repository = Files.createDirectories(temp.resolve("m2"));
        Path model = CompiledFixtures.jar(CompiledFixtures.compile("model", temp.resolve("model")),
                repository.resolve("acme-model-1.0.jar"), "com.acme:acme-model");
        Path stripe = CompiledFixtures.jar(CompiledFixtures.compile("sdk-stripe", temp.resolve("stripe")),
                repository.resolve("stripe-java-24.0.0.jar"), "com.stripe:stripe-java");
        Path segment = CompiledFixtures.jar(CompiledFixtures.compile("sdk-segment", temp.resolve("segment")),
                repository.resolve("analytics-3.5.0.jar"), null);
        Path classes = CompiledFixtures.compile("app", project.resolve("target/classes"), model, stripe);
        bytecode = new BytecodeScanner(1).scan(project, List.of(classes),
                List.of(new Dependency(model, "com.acme:acme-model"), new Dependency(stripe, null), new Dependency(segment, null)),
                List.of());
    }

    @Test
    void servicesAreFoundByCoordinatesPackagesAndHostsInTheBuild() {
        assertEquals(List.of(
                        new RecipientUse("google-analytics", How.HOST, "www.google-analytics.com", PAYMENT_CLASS, 0),
                        new RecipientUse("segment", How.PACKAGE, "com.segment.analytics", "analytics-3.5.0.jar", 0),
                        new RecipientUse("stripe", How.MAVEN, "com.stripe:stripe-java", "stripe-java-24.0.0.jar", 0),
                        new RecipientUse("stripe", How.PACKAGE, "com.stripe", "stripe-java-24.0.0.jar", 0),
                        new RecipientUse("stripe", How.PACKAGE, "com.stripe.Stripe", PAYMENT_CLASS, 0),
                        new RecipientUse("stripe", How.PACKAGE, "com.stripe.model.Charge", PAYMENT_CLASS, 0)),
                detector.detect(List.of(), bytecode));
    }

    @Test
    void aClassWithSourceIsJudgedByItsSourceNotItsBytecode() {
        SourceFileScan source = new SourceFileScan(PAYMENT_SOURCE, List.of(type("com.acme.shop.PaymentService")),
                List.of(new Import("com.stripe.Stripe", 3), new Import("com.stripe.model.Charge", 4)),
                List.of(new Literal("https://www.google-analytics.com/collect?v=1", 9, 49)));

        assertEquals(List.of(
                        new RecipientUse("google-analytics", How.HOST, "www.google-analytics.com", PAYMENT_SOURCE, 9),
                        new RecipientUse("segment", How.PACKAGE, "com.segment.analytics", "analytics-3.5.0.jar", 0),
                        new RecipientUse("stripe", How.MAVEN, "com.stripe:stripe-java", "stripe-java-24.0.0.jar", 0),
                        new RecipientUse("stripe", How.PACKAGE, "com.stripe.Stripe", PAYMENT_SOURCE, 3),
                        new RecipientUse("stripe", How.PACKAGE, "com.stripe.model.Charge", PAYMENT_SOURCE, 4),
                        new RecipientUse("stripe", How.PACKAGE, "com.stripe", "stripe-java-24.0.0.jar", 0)),
                detector.detect(List.of(source), bytecode));
    }

    @Test
    void importsOfAllKindsAndHostsInSourceAreFound() {
        SourceFileScan tracking = new SourceFileScan("src/main/java/com/acme/web/Tracking.java", List.of(),
                List.of(new Import("java.util.List", 3), new Import("com.segment.analytics.*", 4),
                        new Import("static com.segment.analytics.Analytics.builder", 5)),
                List.of(new Literal("//static.hotjar.com/c/hotjar-3.js", 12, 20),
                        new Literal("https://script.hotjar.com/modules.js", 14, 20),
                        new Literal("https://static.hotjar.com/c/hotjar-4.js", 30, 20),
                        new Literal("https://hotjar.com/", 31, 20)));

        assertEquals(List.of(
                        new RecipientUse("hotjar", How.HOST, "static.hotjar.com", "src/main/java/com/acme/web/Tracking.java", 12),
                        new RecipientUse("hotjar", How.HOST, "script.hotjar.com", "src/main/java/com/acme/web/Tracking.java", 14),
                        new RecipientUse("segment", How.PACKAGE, "com.segment.analytics",
                                "src/main/java/com/acme/web/Tracking.java", 4),
                        new RecipientUse("segment", How.PACKAGE, "com.segment.analytics.Analytics.builder",
                                "src/main/java/com/acme/web/Tracking.java", 5)),
                detector.detect(List.of(tracking), BytecodeScan.EMPTY),
                "one use per host and file, at its first line; '*.hotjar.com' does not match hotjar.com itself");
    }

    @Test
    void coordinateGlobsMatchWithinOnePartOnly() {
        BytecodeScan build = buildOf(
                new ClasspathEntry("analytics-core.jar", true, List.of("com.segment.analytics.java:analytics-core"), List.of()),
                new ClasspathEntry("analytics.jar", true, List.of("com.segment.analytics.java.extra:analytics:3.5.0"), List.of()),
                new ClasspathEntry("stripe.jar", true, List.of("com.stripe:stripe-java:24.0.0"), List.of()),
                new ClasspathEntry("stripe-other.jar", true, List.of("com.stripe:stripe-javadoc"), List.of()));

        assertEquals(List.of(
                        new RecipientUse("segment", How.MAVEN, "com.segment.analytics.java:analytics-core", "analytics-core.jar", 0),
                        new RecipientUse("stripe", How.MAVEN, "com.stripe:stripe-java:24.0.0", "stripe.jar", 0)),
                detector.detect(List.of(), build));
    }

    @Test
    void aPackagePrefixMatchesWholeSegmentsOnly() {
        BytecodeScan build = buildOf(new ClasspathEntry("stripes.jar", true, List.of(),
                List.of("com.stripes.web", "com.stripeish", "org.acme.com.stripe")));

        assertEquals(List.of(), detector.detect(List.of(), build));
    }

    @Test
    void aRecipientsOwnSignaturesDetectIt() {
        RecipientDetector withCrm = new RecipientDetector(policy(TAXONOMY, List.of(ownRecipient("acme-crm", "Acme CRM", "FI",
                new Signatures(List.of("fi.acme:crm-client"), List.of("fi.acme.crm"), List.of("crm.acme.fi")), 20))));
        SourceFileScan source = new SourceFileScan("src/main/java/com/acme/Crm.java", List.of(), List.of(new Import("fi.acme.crm.Client", 3)),
                List.of(new Literal("https://crm.acme.fi/api", 7, 30)));

        assertEquals(List.of(
                        new RecipientUse("acme-crm", How.PACKAGE, "fi.acme.crm.Client", "src/main/java/com/acme/Crm.java", 3),
                        new RecipientUse("acme-crm", How.HOST, "crm.acme.fi", "src/main/java/com/acme/Crm.java", 7)),
                withCrm.detect(List.of(source), BytecodeScan.EMPTY));
    }

    @Test
    void aPolicyWithoutServicesFindsNothing() {
        assertEquals(List.of(), new RecipientDetector(policy(List.of(), List.of())).detect(List.of(), bytecode));
    }

    private static BytecodeScan buildOf(ClasspathEntry... entries) {
        return new BytecodeScan(List.of(), List.of(entries), List.of(), List.of(), 0);
    }

    private static TypeInfo type(String qualifiedName) {
        return new TypeInfo(qualifiedName, qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1), TypeInfo.Kind.CLASS,
                null, List.of(), List.of(), null, List.of());
    }
}
