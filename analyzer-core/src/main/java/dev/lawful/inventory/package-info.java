/**
 * The inventory: every field that holds personal data, with its classification and
 * declaration, built by classifying and then binding each scanned field ({@link
 * dev.lawful.inventory.InventoryBuilder}, which scan and explain both use). Uses the ground
 * floor, classification and binding.
 */
package dev.lawful.inventory;
