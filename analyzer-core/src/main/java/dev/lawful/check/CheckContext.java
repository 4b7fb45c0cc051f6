package dev.lawful.check;

import dev.lawful.inventory.InventoryEntry;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.policy.Policy;
import dev.lawful.recipient.RecipientUse;
import java.util.List;

/**
 * What a check may look at.
 *
 * @param flows personal data that reaches sinks, in report order
 */
public record CheckContext(Policy policy, List<InventoryEntry> inventory, List<RecipientUse> recipientUses,
        List<Flow> flows) {

    public CheckContext {
        inventory = List.copyOf(inventory);
        recipientUses = List.copyOf(recipientUses);
        flows = List.copyOf(flows);
    }

    /** A context without flows. */
    public CheckContext(Policy policy, List<InventoryEntry> inventory, List<RecipientUse> recipientUses) {
        this(policy, inventory, recipientUses, List.of());
    }
}
