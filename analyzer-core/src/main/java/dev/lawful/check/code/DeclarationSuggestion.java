package dev.lawful.check.code;

import dev.lawful.bind.BoundDeclaration;
import dev.lawful.check.Fix;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.RetentionRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The declaration a developer would add for an entry, as YAML and as an annotation. Values
 * come from the nearest declared neighbour (same class, then same package), because fields
 * that live together are usually processed together; without one, placeholders list the
 * policy's valid ids rather than guess a purpose.
 */
final class DeclarationSuggestion {

    private static final String PURPOSE_PLACEHOLDER = "PURPOSE";
    private static final String BASIS_PLACEHOLDER = "LEGAL_BASIS";
    private static final String RETENTION_PLACEHOLDER = "RETENTION_RULE";

    private final Policy policy;
    private final InventoryEntry entry;
    private final BoundDeclaration neighbour;

    private DeclarationSuggestion(Policy policy, InventoryEntry entry, BoundDeclaration neighbour) {
        this.policy = policy;
        this.entry = entry;
        this.neighbour = neighbour;
    }

    static DeclarationSuggestion forEntry(Policy policy, DeclaredNeighbours neighbours, InventoryEntry entry) {
        return new DeclarationSuggestion(policy, entry, neighbours.nearest(entry).orElse(null));
    }

    List<String> purposes() {
        return hasNeighbourPurposes() ? neighbour.purposes() : List.of(PURPOSE_PLACEHOLDER);
    }

    String legalBasis() {
        return neighbour != null && neighbour.legalBasis() != null ? neighbour.legalBasis() : BASIS_PLACEHOLDER;
    }

    String retention() {
        return neighbour != null && neighbour.retention() != null ? neighbour.retention() : RETENTION_PLACEHOLDER;
    }

    private boolean hasNeighbourPurposes() {
        return neighbour != null && !neighbour.purposes().isEmpty();
    }

    String category() {
        return entry.classification().primaryCategory();
    }

    /** A full fix: the YAML declaration and the equivalent annotation. */
    Fix fix(String summary) {
        return new Fix(summary, yaml(), annotation());
    }

    String yaml() {
        var lines = new ArrayList<String>();
        lines.add("declarations:");
        lines.add("  - id: " + declarationId());
        lines.add("    classes: [" + entry.element().className() + "]");
        lines.add("    fields: [" + entry.element().member() + "]");
        lines.add("    purposes: [" + String.join(", ", purposes()) + "]" + options(PURPOSE_PLACEHOLDER.equals(purposes().get(0)), purposeIds()));
        lines.add("    legalBasis: " + legalBasis() + options(BASIS_PLACEHOLDER.equals(legalBasis()), basisIds()));
        lines.add("    retention: " + retention() + options(RETENTION_PLACEHOLDER.equals(retention()), retentionIds()));
        return String.join("\n", lines) + "\n";
    }

    String annotation() {
        String purpose = purposes().size() == 1
                ? quote(purposes().get(0))
                : "{" + String.join(", ", purposes().stream().map(DeclarationSuggestion::quote).toList()) + "}";
        var attributes = new ArrayList<String>();
        if (category() != null) {
            attributes.add("category = " + quote(category()));
        }
        attributes.add("purpose = " + purpose);
        attributes.add("legalBasis = " + quote(legalBasis()));
        attributes.add("retention = " + quote(retention()));
        return "@PersonalData(" + String.join(", ", attributes) + ")";
    }

    private String declarationId() {
        String simple = entry.element().className().substring(entry.element().className().lastIndexOf('.') + 1);
        return kebab(simple) + "-" + kebab(entry.element().member());
    }

    private List<String> purposeIds() {
        return List.copyOf(policy.purposes().keySet());
    }

    private List<String> basisIds() {
        if (!hasNeighbourPurposes()) {
            return List.copyOf(policy.legalBases().keySet());
        }
        return purposes().stream()
                .map(policy.purposes()::get)
                .filter(p -> p != null)
                .flatMap((Purpose p) -> p.legalBases().stream())
                .distinct()
                .toList();
    }

    private List<String> retentionIds() {
        return policy.retention().values().stream().map(RetentionRule::id).toList();
    }

    /** A comment listing the valid ids after a placeholder; nothing after a real value. */
    private static String options(boolean placeholder, List<String> ids) {
        if (!placeholder) {
            return "";
        }
        return ids.isEmpty() ? "   # none defined in the policy yet: add one first" : "   # one of: " + String.join(", ", ids);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String kebab(String identifier) {
        return identifier.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(java.util.Locale.ROOT);
    }
}
