package dev.lawful.check.recipient;

import dev.lawful.policy.Policy;
import dev.lawful.policy.Service;
import dev.lawful.policy.EuropeanEconomicArea;

/** The rule-file snippets the recipient checks offer as fixes. */
final class RecipientFixes {

    private static final String STANDARD_CONTRACTUAL_CLAUSES = "scc";

    private RecipientFixes() {
    }

    /** A {@code recipients:} entry for a service, with a transfer line when it is outside the EU/EEA. */
    static String recipientEntry(String serviceId, Service service, Policy policy) {
        StringBuilder yaml = new StringBuilder()
                .append("recipients:\n")
                .append("  - id: ").append(serviceId).append('\n')
                .append("    service: ").append(serviceId).append('\n');
        String country = service == null ? null : service.country();
        boolean known = country != null && !country.isBlank();
        if (known) {
            yaml.append("    country: ").append(country).append('\n');
        }
        yaml.append("    purposes: []      # ids of the purposes data is sent for\n")
                .append("    categories: []    # ids of the data categories it receives\n");
        if (known && !EuropeanEconomicArea.contains(country)) {
            yaml.append("    ").append(transferLine(policy)).append("   # outside the EU/EEA\n");
        }
        return yaml.toString();
    }

    /** The {@code transfer:} line to add to a recipient, naming the policy's mechanisms. */
    static String transfer(Policy policy) {
        String line = transferLine(policy);
        if (policy.transferMechanisms().isEmpty()) {
            return line + "\n";
        }
        return line + "   # mechanism: one of " + String.join(", ", policy.transferMechanisms().keySet()) + "\n";
    }

    private static String transferLine(Policy policy) {
        return "transfer: {mechanism: " + suggestedMechanism(policy) + ", reference: \"\"}";
    }

    /** Standard contractual clauses, the usual ground, unless the policy knows other mechanisms only. */
    private static String suggestedMechanism(Policy policy) {
        if (policy.transferMechanisms().isEmpty() || policy.transferMechanisms().containsKey(STANDARD_CONTRACTUAL_CLAUSES)) {
            return STANDARD_CONTRACTUAL_CLAUSES;
        }
        return policy.transferMechanisms().keySet().iterator().next();
    }
}
