package dev.lawful.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The recipients a policy declares, looked up by the service id a {@link
 * dev.lawful.recipient.RecipientUse} carries: a recipient declares the service it names, or
 * itself when it names none.
 */
public final class DeclaredRecipients {

    private final Policy policy;
    private final Map<String, Recipient> byServiceId = new LinkedHashMap<>();

    public DeclaredRecipients(Policy policy) {
        this.policy = policy;
        for (Recipient recipient : policy.recipients().values()) {
            byServiceId.putIfAbsent(serviceId(recipient), recipient);
            byServiceId.putIfAbsent(recipient.id(), recipient);
        }
    }

    /** The id of the service a recipient is: the service it names, or its own id. */
    public static String serviceId(Recipient recipient) {
        return recipient.service() != null ? recipient.service() : recipient.id();
    }

    public Optional<Recipient> declaring(String serviceId) {
        return Optional.ofNullable(byServiceId.get(serviceId));
    }

    public Optional<Service> service(String serviceId) {
        return Optional.ofNullable(policy.services().get(serviceId));
    }

    /** The name to show for a service: its name in the taxonomy, else its id. */
    public String displayName(String serviceId) {
        return service(serviceId).map(Service::name).filter(name -> !name.isBlank()).orElse(serviceId);
    }

    /** The country the recipient processes data in: its own, else its service's; empty when neither says. */
    public Optional<String> country(Recipient recipient) {
        if (recipient.country() != null && !recipient.country().isBlank()) {
            return Optional.of(recipient.country());
        }
        return service(serviceId(recipient)).map(Service::country).filter(country -> !country.isBlank());
    }

    /** Whether anything in a build could show the recipient is used: it or its service has signatures. */
    public boolean isDetectable(Recipient recipient) {
        boolean own = recipient.signatures() != null && !recipient.signatures().isEmpty();
        return own || service(serviceId(recipient))
                .map(service -> service.signatures() != null && !service.signatures().isEmpty())
                .orElse(false);
    }
}
