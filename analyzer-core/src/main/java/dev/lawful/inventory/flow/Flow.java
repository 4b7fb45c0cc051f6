package dev.lawful.inventory.flow;

import dev.lawful.policy.Sink;
import dev.lawful.scan.FlowStep;
import java.util.Comparator;
import java.util.List;

/**
 * Personal data of one category that reaches one sink call, with its path.
 *
 * @param sink the sink the call matched
 * @param serviceId the service the data goes to: the sink's own, or the one whose host an
 *     HTTP call names; null for an internal sink or a host no service has
 * @param host the host an HTTP call names, or null
 * @param category the category of the data
 * @param key true when the data is a person's key or pseudonymous id rather than the values
 *     it stands for: still personal data (Art. 4(1)), at a lower severity
 * @param source what the data is read from: {@code com.shop.Customer#email}, or a variable's
 *     name
 * @param path source first, the sink call last
 * @param enclosingType the type whose code makes the call
 */
public record Flow(
        Sink sink,
        String serviceId,
        String host,
        String category,
        boolean key,
        String source,
        List<FlowStep> path,
        String enclosingType,
        String file,
        int line,
        int column) {

    public Flow {
        path = List.copyOf(path);
    }

    public static final Comparator<Flow> ORDER = Comparator.comparing(Flow::file)
            .thenComparingInt(Flow::line)
            .thenComparingInt(Flow::column)
            .thenComparing(f -> f.sink().id())
            .thenComparing(Flow::category)
            .thenComparing(Flow::source);

    /**
     * Whether the data leaves for a known other party: a service of the catalogue. A host no
     * service has may be the organisation's own backend, so it is kept as evidence only.
     */
    public boolean isThirdParty() {
        return sink.kind().isThirdParty() && serviceId != null;
    }
}
