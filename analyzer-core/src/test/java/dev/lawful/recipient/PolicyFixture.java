package dev.lawful.recipient;

import dev.lawful.policy.Policy;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.Service;
import dev.lawful.policy.Signatures;
import dev.lawful.policy.SourceRef;
import dev.lawful.policy.Transfer;
import dev.lawful.policy.TransferMechanism;
import java.util.List;
import java.util.Map;

/**
 * Policies for the recipient tests, written the way a rule file would say them. The services
 * mirror entries of the base taxonomy; refs point at lines of an imagined {@code lawful.yaml}.
 */
public final class PolicyFixture {

    public static final String RULE_FILE = "lawful.yaml";

    public static final Service STRIPE = service("stripe", "Stripe", "US",
            List.of("com.stripe:stripe-java"), List.of("com.stripe"), List.of("api.stripe.com"));
    public static final Service SEGMENT = service("segment", "Segment", "US",
            List.of("com.segment.analytics.java:*"), List.of("com.segment.analytics"), List.of("api.segment.io"));
    public static final Service GOOGLE_ANALYTICS = service("google-analytics", "Google Analytics", "US",
            List.of("com.google.analytics:*"), List.of("com.google.analytics"), List.of("*.google-analytics.com"));
    public static final Service HOTJAR = service("hotjar", "Hotjar", "MT",
            List.of(), List.of(), List.of("*.hotjar.com", "*.hotjar.io"));

    public static final List<Service> TAXONOMY = List.of(STRIPE, SEGMENT, GOOGLE_ANALYTICS, HOTJAR);

    private PolicyFixture() {
    }

    public static Policy policy(List<Service> services, List<Recipient> recipients) {
        return policy(services, recipients, List.of());
    }

    public static Policy policy(List<Service> services, List<Recipient> recipients, List<TransferMechanism> mechanisms) {
        return new Policy("test", "Test policy", List.of(RULE_FILE), null, null, null,
                Map.of(), Policy.byId(mechanisms, TransferMechanism::id), Map.of(), Map.of(), null, Map.of(),
                Policy.byId(services, Service::id), Policy.byId(recipients, Recipient::id),
                List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), null, Map.of());
    }

    public static Service service(String id, String name, String country, List<String> maven, List<String> packages,
            List<String> hosts) {
        return new Service(id, name, country, new Signatures(maven, packages, hosts), new SourceRef("builtin:gdpr", 1, 1));
    }

    /** A recipient that names a taxonomy service, written at {@code line} of the rule file. */
    public static Recipient recipientOf(String serviceId, String country, Transfer transfer, int line) {
        return new Recipient(serviceId, null, serviceId, country, List.of("analytics"), List.of("user.device"), transfer,
                Signatures.NONE, new SourceRef(RULE_FILE, line, 5));
    }

    /** A recipient the taxonomy does not know, with its own name, country and signatures. */
    public static Recipient ownRecipient(String id, String name, String country, Signatures signatures, int line) {
        return new Recipient(id, name, null, country, List.of("customer-service"), List.of("user.contact"), null,
                signatures, new SourceRef(RULE_FILE, line, 5));
    }

    public static Transfer scc() {
        return new Transfer("scc", "EU SCC 2021/914", new SourceRef(RULE_FILE, 40, 15));
    }

    public static TransferMechanism mechanism(String id) {
        return new TransferMechanism(id, id, "46", new SourceRef("builtin:gdpr", 1, 1));
    }
}
