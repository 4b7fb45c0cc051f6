package dev.lawful.check.code;

import dev.lawful.bind.BoundDeclaration;
import dev.lawful.inventory.InventoryEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entries a rule file declares, by package, read once per check run so that suggesting a
 * declaration for each undeclared field costs a lookup in its package, not a pass over the
 * whole inventory.
 */
final class DeclaredNeighbours {

    private final Map<String, List<InventoryEntry>> byPackage;

    private DeclaredNeighbours(Map<String, List<InventoryEntry>> byPackage) {
        this.byPackage = byPackage;
    }

    static DeclaredNeighbours of(List<InventoryEntry> inventory) {
        Map<String, List<InventoryEntry>> byPackage = new HashMap<>();
        for (InventoryEntry entry : inventory) {
            if (entry.isDeclared() && entry.declaration().source() == BoundDeclaration.Source.YAML) {
                byPackage.computeIfAbsent(packageOf(entry.element().className()), key -> new ArrayList<>()).add(entry);
            }
        }
        return new DeclaredNeighbours(byPackage);
    }

    /** The declaration of the nearest declared entry: the same class first, then the same package; by id. */
    Optional<BoundDeclaration> nearest(InventoryEntry entry) {
        String className = entry.element().className();
        return byPackage.getOrDefault(packageOf(className), List.of()).stream()
                .min(Comparator.comparing((InventoryEntry e) -> e.element().className().equals(className) ? 0 : 1)
                        .thenComparing(e -> e.element().id()))
                .map(InventoryEntry::declaration);
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
