package dev.lawful.report.ropa;

import dev.lawful.inventory.InventoryEntry;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.policy.Declaration;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.RetentionRule;
import dev.lawful.scan.CodeElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The tables that set the code's inventory against the policy: where each category lives, and the differences. */
final class InventoryTables {

    private final Policy policy;
    private final PolicyWording wording;
    private final List<InventoryEntry> personal;
    private final List<RecipientUse> recipientUses;

    InventoryTables(Policy policy, PolicyWording wording, List<InventoryEntry> personal, List<RecipientUse> uses) {
        this.policy = policy;
        this.wording = wording;
        this.personal = personal;
        this.recipientUses = uses;
    }

    /** The categories an entry is declared as, or else classified as. */
    static List<String> categoriesOf(InventoryEntry entry) {
        if (entry.isDeclared() && !entry.declaration().categories().isEmpty()) {
            return entry.declaration().categories();
        }
        return List.of(entry.classification().primaryCategory());
    }

    /** The retention rules that apply to an entry: its declaration's, and the defaults for its categories. */
    static Set<RetentionRule> retentionRules(Policy policy, InventoryEntry entry) {
        Set<RetentionRule> rules = new LinkedHashSet<>();
        if (entry.isDeclared() && entry.declaration().retention() != null) {
            RetentionRule rule = policy.retention().get(entry.declaration().retention());
            if (rule != null) {
                rules.add(rule);
            }
        }
        for (String category : categoriesOf(entry)) {
            rules.addAll(defaultRules(policy, category));
        }
        return rules;
    }

    static List<RetentionRule> defaultRules(Policy policy, String category) {
        return policy.retention().values().stream()
                .filter(r -> r.categories().stream().anyMatch(c -> within(category, c)))
                .toList();
    }

    RecordTable categories() {
        List<List<RecordCell>> rows = new ArrayList<>();
        for (InventoryEntry entry : personal) {
            CodeElement element = entry.element();
            String category = categoriesOf(entry).get(0);
            rows.add(List.of(RecordCell.of(category), RecordCell.of(wording.categoryName(category)),
                    RecordCell.of(element.id()), RecordCell.of(location(element)),
                    RecordCell.of(element.origin().name().toLowerCase(Locale.ROOT)),
                    entry.isDeclared() ? RecordCell.of(entry.declaration().describe()) : RecordCell.gap("no declaration"),
                    entry.isDeclared() && !entry.declaration().purposes().isEmpty()
                            ? RecordCell.of(String.join(", ", entry.declaration().purposes())) : RecordCell.NOT_STATED,
                    policy.discloses(category) ? RecordCell.of("yes") : RecordCell.gap("no")));
        }
        return new RecordTable("categories", "Categories in the code", "Every field that holds personal data: its"
                + " category, where it lives, and whether a declaration covers it and the policy discloses it.",
                List.of("Category", "Category name", "Field", "Location", "Origin", "Declared by", "Purposes",
                        "Disclosed in the policy"), rows);
    }

    RecordTable inCodeNotInPolicy() {
        List<List<RecordCell>> rows = new ArrayList<>();
        for (InventoryEntry entry : personal) {
            List<String> lacks = new ArrayList<>();
            String category = categoriesOf(entry).get(0);
            if (!entry.isDeclared()) {
                lacks.add("no declaration gives its purpose, legal basis or retention");
            }
            if (!policy.discloses(category)) {
                lacks.add("the policy does not disclose " + category);
            }
            if (!lacks.isEmpty()) {
                rows.add(List.of(RecordCell.of(entry.element().id()), RecordCell.of(location(entry.element())),
                        RecordCell.of(wording.category(category)), RecordCell.gap(String.join("; ", lacks))));
            }
        }
        for (RecipientUse use : undeclaredServiceUses()) {
            String name = policy.services().containsKey(use.serviceId())
                    ? policy.services().get(use.serviceId()).name() : use.serviceId();
            rows.add(List.of(RecordCell.of(use.evidence()), RecordCell.of(use.file() + (use.line() > 0 ? ":" + use.line() : "")),
                    RecordCell.of(name + " (service " + use.serviceId() + ")"),
                    RecordCell.gap("not a recipient in the policy")));
        }
        return new RecordTable("in-code-not-in-policy", "In the code, not in the policy", "Personal data the code"
                + " holds and third parties it uses that the rule files do not cover.",
                List.of("Found in the code", "Location", "Category or service", "What the policy lacks"), rows);
    }

    RecordTable inPolicyNotInCode() {
        List<List<RecordCell>> rows = new ArrayList<>();
        for (String disclosed : policy.disclosedCategories() == null ? List.<String>of() : policy.disclosedCategories()) {
            if (personal.stream().noneMatch(e -> categoriesOf(e).stream().anyMatch(c -> within(c, disclosed)))) {
                rows.add(List.of(RecordCell.of("disclosed category"), RecordCell.of(disclosed),
                        RecordCell.of(wording.categoryName(disclosed)),
                        RecordCell.of(policy.locate("disclosedCategories/" + disclosed).toString())));
            }
        }
        Set<String> used = new TreeSet<>();
        personal.stream().filter(InventoryEntry::isDeclared).forEach(e -> {
            if (e.declaration().declarationId() != null) {
                used.add(e.declaration().declarationId());
            }
        });
        for (Declaration declaration : policy.declarations()) {
            if (!used.contains(declaration.id())) {
                rows.add(List.of(RecordCell.of("declaration"), RecordCell.of(declaration.id()),
                        RecordCell.of(String.join(", ", declaration.classes())), RecordCell.of(declaration.ref().toString())));
            }
        }
        for (Recipient recipient : policy.recipients().values()) {
            if (recipientUses.stream().noneMatch(u -> isOf(u, recipient))) {
                rows.add(List.of(RecordCell.of("recipient"), RecordCell.of(recipient.id()),
                        RecordCell.of(recipient.name()), RecordCell.of(recipient.ref().toString())));
            }
        }
        return new RecordTable("in-policy-not-in-code", "In the policy, not in the code", "What the rule files"
                + " declare that the scan found nowhere: disclosed categories no personal-data field holds,"
                + " declarations that cover no field, recipients the build does not use.",
                List.of("Kind", "Id", "Name or classes", "Declared at"), rows);
    }

    RecordTable retention() {
        Set<String> categories = new TreeSet<>();
        if (policy.disclosedCategories() != null) {
            categories.addAll(policy.disclosedCategories());
        }
        personal.forEach(e -> categories.addAll(categoriesOf(e)));
        List<List<RecordCell>> rows = new ArrayList<>();
        for (String category : categories) {
            List<String[]> rules = new ArrayList<>();
            defaultRules(policy, category).forEach(r -> rules.add(new String[] {r.id(), "default rule of the category"}));
            for (InventoryEntry entry : personal) {
                if (categoriesOf(entry).contains(category) && entry.isDeclared() && entry.declaration().retention() != null
                        && rules.stream().noneMatch(r -> r[0].equals(entry.declaration().retention()))) {
                    rules.add(new String[] {entry.declaration().retention(), entry.declaration().describe()});
                }
            }
            if (rules.isEmpty()) {
                rows.add(List.of(RecordCell.of(category), RecordCell.of(wording.categoryName(category)),
                        RecordCell.NOT_STATED, RecordCell.NOT_STATED, RecordCell.NOT_STATED, RecordCell.of("")));
            }
            for (String[] rule : rules) {
                RetentionRule retention = policy.retention().get(rule[0]);
                rows.add(List.of(RecordCell.of(category), RecordCell.of(wording.categoryName(category)),
                        RecordCell.of(rule[0]), RecordCell.stated(retention == null ? null : PolicyWording.period(retention)),
                        RecordCell.stated(retention == null ? null : retention.from()), RecordCell.of(rule[1])));
            }
        }
        return new RecordTable("retention", "Retention", "How long each category is kept and the event the period"
                + " starts from, for the categories the policy discloses and those found in the code.",
                List.of("Category", "Category name", "Retention rule", "Period", "Starts at", "Applies through"), rows);
    }

    private List<RecipientUse> undeclaredServiceUses() {
        Set<String> seen = new LinkedHashSet<>();
        List<RecipientUse> uses = new ArrayList<>();
        for (RecipientUse use : recipientUses) {
            boolean declared = policy.recipients().values().stream().anyMatch(r -> isOf(use, r));
            if (!declared && seen.add(use.serviceId() + " " + use.evidence() + " " + use.file())) {
                uses.add(use);
            }
        }
        return uses;
    }

    static boolean isOf(RecipientUse use, Recipient recipient) {
        return use.serviceId().equals(recipient.id()) || use.serviceId().equals(recipient.service());
    }

    static String location(CodeElement element) {
        return element.line() > 0 ? element.file() + ":" + element.line() : element.file();
    }

    private static boolean within(String id, String ancestor) {
        return id.equals(ancestor) || id.startsWith(ancestor + ".");
    }
}
