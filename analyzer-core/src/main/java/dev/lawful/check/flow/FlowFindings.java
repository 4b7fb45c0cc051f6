package dev.lawful.check.flow;

import dev.lawful.check.CheckInfo;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.DeclaredRecipients;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.Sink;
import java.util.Optional;

/** How the flow checks word and place their findings: at the call that sends the data, with its path. */
final class FlowFindings {

    private FlowFindings() {
    }

    static Finding at(CheckInfo check, Severity severity, Flow flow, String message, Fix fix) {
        return new Finding(check.id(), severity, flow.enclosingType(), null, flow.file(), flow.line(), flow.column(),
                flow.category(), message, fix, flow.path());
    }

    /** "customer.getEmail() (E-mail address, user.contact.email)": where the data is read, and what it is. */
    static String data(Flow flow, Policy policy) {
        String first = flow.path().isEmpty() ? flow.source() : flow.path().get(0).label();
        String source = first.equals(flow.source()) ? first : first + " (" + flow.source() + ")";
        return source + ", " + categoryName(flow.category(), policy) + (flow.key() ? " (a key)" : "");
    }

    static String categoryName(String category, Policy policy) {
        return policy.category(category).map(DataCategory::name).map(name -> name + " [" + category + "]")
                .orElse(category);
    }

    /** The declared recipient a third-party flow goes to, if the policy declares its service. */
    static Optional<Recipient> recipientOf(Flow flow, DeclaredRecipients declared) {
        return flow.isThirdParty() && flow.serviceId() != null ? declared.declaring(flow.serviceId()) : Optional.empty();
    }

    /** "SLF4J logger", or the service's name for a third-party sink. */
    static String sinkName(Flow flow) {
        Sink sink = flow.sink();
        return sink.name() != null ? sink.name() : sink.id();
    }

    static String party(Flow flow, DeclaredRecipients declared) {
        if (flow.serviceId() != null) {
            return declared.displayName(flow.serviceId()) + " (service " + flow.serviceId() + ")";
        }
        return flow.host();
    }

    static boolean isSpecial(String category, Policy policy) {
        for (String id = category; id != null; id = parent(id)) {
            if (policy.category(id).map(DataCategory::special).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static String parent(String category) {
        int dot = category.lastIndexOf('.');
        return dot < 0 ? null : category.substring(0, dot);
    }
}
