package dev.lawful.policy;

import java.time.Period;
import java.util.List;

/**
 * How long data is kept: an ISO-8601 period counted from an event.
 *
 * @param from the event the period runs from ("account-closed", "order-delivered")
 * @param categories category ids this rule applies to by default; empty when it is
 *     only referenced from declarations
 */
public record RetentionRule(
        String id,
        Period period,
        String from,
        String description,
        List<String> categories,
        SourceRef ref) {

    public RetentionRule {
        categories = List.copyOf(categories);
    }
}
