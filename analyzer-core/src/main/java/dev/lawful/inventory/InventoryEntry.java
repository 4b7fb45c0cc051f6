package dev.lawful.inventory;

import dev.lawful.bind.BoundDeclaration;
import dev.lawful.classify.Classification;
import dev.lawful.scan.CodeElement;

/**
 * One element of the scanned code that holds (or links to) personal data.
 *
 * @param declaration the declaration that covers it, or null when none does
 */
public record InventoryEntry(CodeElement element, Classification classification, BoundDeclaration declaration) {

    public boolean isDeclared() {
        return declaration != null;
    }
}
