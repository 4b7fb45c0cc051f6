package dev.lawful.report;

import dev.lawful.Result;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.Policy;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A starting {@code lawful.yaml} for an existing code base, written from its inventory
 * ({@code lawful init}, {@code lawful:init}): one declaration per class that holds
 * undeclared personal data, with its fields and their detected categories, and {@code TODO}
 * in place of each purpose, legal basis and retention rule. {@code TODO} names nothing the
 * policy defines, so {@code lawful validate} and {@code lawful:check} fail until each is
 * filled in; the comments name the valid ids.
 */
public final class StarterRuleFile {

    static final String TODO = "TODO";

    private final String id;
    private final List<String> base;

    /**
     * @param id the new policy's id
     * @param base the rule files the new one extends, as written ({@code builtin:gdpr})
     */
    public StarterRuleFile(String id, List<String> base) {
        this.id = id;
        this.base = List.copyOf(base);
    }

    /** Writes the rule file for {@code result} atomically to {@code file}. */
    public void write(Result result, Path file) throws IOException {
        AtomicFile.write(file, out -> write(result, out));
    }

    void write(Result result, Writer out) throws IOException {
        Policy policy = result.policy();
        out.write("# A starting rule file, written by lawful init from the personal data found in the code.\n");
        out.write("# Replace every " + TODO + ": validation (lawful validate, lawful:check) fails until each names\n");
        out.write("# a purpose, a legal basis and a retention rule that the policy defines. See docs/rules.md.\n");
        out.write("lawful: 1\nid: " + id + "\n");
        if (!base.isEmpty()) {
            out.write("extends: " + (base.size() == 1 ? base.get(0) : "[" + String.join(", ", base) + "]") + "\n");
        }
        out.write("\n# Purposes: define each one the declarations below name, with its legal bases.\n");
        out.write("# Defined so far: " + ids(policy.purposes()) + "\n");
        out.write("# Legal bases: " + ids(policy.legalBases()) + "\n");
        out.write("# Retention rules: " + ids(policy.retention()) + "\n");
        out.write("\ndeclarations:\n");
        Set<String> usedIds = new HashSet<>();
        for (Map.Entry<String, List<InventoryEntry>> type : undeclaredByClass(result).entrySet()) {
            declaration(out, type.getKey(), type.getValue(), usedIds);
        }
    }

    private static void declaration(Writer out, String className, List<InventoryEntry> entries, Set<String> usedIds)
            throws IOException {
        out.write("  - id: " + uniqueId(className, usedIds) + "\n");
        out.write("    classes: [" + className + "]\n");
        List<String> fields = new ArrayList<>();
        Set<String> categories = new TreeSet<>();
        for (InventoryEntry entry : entries) {
            fields.add(entry.element().member());
            categories.addAll(entry.classification().categories());
        }
        out.write("    fields: [" + String.join(", ", fields) + "]\n");
        out.write("    # detected: " + String.join(", ", categories) + "\n");
        out.write("    purposes: [" + TODO + "]\n");
        out.write("    legalBasis: " + TODO + "\n");
        out.write("    retention: " + TODO + "\n");
    }

    private static Map<String, List<InventoryEntry>> undeclaredByClass(Result result) {
        Map<String, List<InventoryEntry>> byClass = new TreeMap<>();
        for (InventoryEntry entry : result.inventory()) {
            if (!entry.isDeclared() && !entry.classification().link()) {
                byClass.computeIfAbsent(entry.element().className(), c -> new ArrayList<>()).add(entry);
            }
        }
        return byClass;
    }

    private static String uniqueId(String className, Set<String> used) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String ascii = Normalizer.normalize(simple, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = ascii.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        id = id.isEmpty() ? "declaration" : id;
        String unique = id;
        for (int n = 2; !used.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private static String ids(Map<String, ?> defined) {
        return defined.isEmpty() ? "none yet" : String.join(", ", new TreeSet<>(defined.keySet()));
    }
}
