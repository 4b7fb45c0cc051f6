/**
 * Flows: the sink calls and reaches that the source scanner extracted, resolved against the
 * inventory (which fields hold personal data) and the policy's recipients and endpoints
 * ({@link dev.lawful.inventory.flow.FlowResolver}). Uses the ground floor, classification
 * (including {@code recipient}) and the inventory.
 */
package dev.lawful.inventory.flow;
