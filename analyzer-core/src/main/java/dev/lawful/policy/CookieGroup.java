package dev.lawful.policy;

import java.util.List;

/**
 * A group of cookies the policy describes, and how consent to it is obtained.
 *
 * @param consent "required" (opt-in), "implied" (by using the site) or "none" (strictly necessary)
 */
public record CookieGroup(
        String id,
        String name,
        String description,
        List<String> purposes,
        List<String> recipients,
        String consent,
        SourceRef ref) {

    public CookieGroup {
        purposes = List.copyOf(purposes);
        recipients = List.copyOf(recipients);
    }
}
