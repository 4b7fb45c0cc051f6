package dev.lawful.policy;

import java.util.List;

/**
 * Someone who receives personal data, as the policy discloses it.
 *
 * @param service id of the taxonomy service this recipient is, or null
 * @param country ISO 3166-1 alpha-2 code; null when the policy does not say
 * @param transfer the Chapter V safeguard, or null when none is named
 * @param signatures extra detection signatures beyond the service's own
 */
public record Recipient(
        String id,
        String name,
        String service,
        String country,
        List<String> purposes,
        List<String> categories,
        Transfer transfer,
        Signatures signatures,
        SourceRef ref) {

    public Recipient {
        purposes = List.copyOf(purposes);
        categories = List.copyOf(categories);
    }
}
