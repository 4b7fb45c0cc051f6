package dev.lawful.check;

import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.Policy;
import dev.lawful.recipient.RecipientUse;
import java.util.List;

/** What a check may look at. */
public record CheckContext(Policy policy, List<InventoryEntry> inventory, List<RecipientUse> recipientUses) {

    public CheckContext {
        inventory = List.copyOf(inventory);
        recipientUses = List.copyOf(recipientUses);
    }
}
