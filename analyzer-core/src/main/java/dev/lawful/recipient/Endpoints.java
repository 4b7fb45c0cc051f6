package dev.lawful.recipient;

import dev.lawful.policy.Policy;
import java.util.List;
import java.util.Optional;

/** Which service a URL or host in code points at, by the hosts of the policy's services and recipients. */
public final class Endpoints {

    private final SignatureIndex index;

    public Endpoints(Policy policy) {
        this.index = new SignatureIndex(policy);
    }

    /** A host named in code and the service it belongs to, or null when no service has it. */
    public record Endpoint(String host, String serviceId) {
    }

    /** The first host in {@code constant} ({@code "https://api.segment.io/v1/track"}), with its service. */
    public Optional<Endpoint> of(String constant) {
        List<String> hosts = HostNames.in(constant);
        if (hosts.isEmpty()) {
            return Optional.empty();
        }
        for (String host : hosts) {
            List<String> services = index.servicesForHost(host);
            if (!services.isEmpty()) {
                return Optional.of(new Endpoint(host, services.get(0)));
            }
        }
        return Optional.of(new Endpoint(hosts.get(0), null));
    }
}
