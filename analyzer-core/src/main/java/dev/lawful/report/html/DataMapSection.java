package dev.lawful.report.html;

import dev.lawful.bind.BoundDeclaration;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.policy.Recipient;
import dev.lawful.scan.CodeElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The data map for a compliance lead: which classes hold which categories, for which
 * purposes, on which legal basis, kept how long, sent to whom; with two charts.
 */
final class DataMapSection {

    private final ReportContext context;

    DataMapSection(ReportContext context) {
        this.context = context;
    }

    void render(Markup m) {
        m.raw("<section id=\"data-map\" aria-labelledby=\"data-map-h\">\n<h2 id=\"data-map-h\">Data map</h2>\n");
        List<InventoryEntry> inventory = context.result().inventory();
        if (inventory.isEmpty()) {
            m.raw("<p>No personal data found.</p>\n</section>\n");
            return;
        }
        Charts charts = new Charts();
        m.raw("<div class=\"charts\">\n");
        charts.categoriesByClass(m, inventory);
        charts.declaredCoverage(m, inventory);
        m.raw("</div>\n");
        table(m, byClass(inventory));
        flows(m, context.result().flows());
        m.raw("</section>\n");
    }

    /** Category to destination, from the flows found in code: how many calls send it, and the first. */
    private void flows(Markup m, List<Flow> flows) {
        if (flows.isEmpty()) {
            return;
        }
        Map<String, List<Flow>> edges = new TreeMap<>();
        for (Flow flow : flows) {
            edges.computeIfAbsent(flow.category() + "\u0000" + destination(flow), k -> new java.util.ArrayList<>()).add(flow);
        }
        m.raw("<table class=\"data-map\" id=\"flow-map-table\">\n<caption>")
                .text("Where personal data goes, from the calls in code").raw("</caption>\n<thead><tr>")
                .raw("<th scope=\"col\">Category</th><th scope=\"col\">Goes to</th>")
                .raw("<th scope=\"col\" class=\"num\">Calls</th><th scope=\"col\">First call</th></tr></thead>\n<tbody>\n");
        edges.forEach((key, group) -> {
            Flow first = group.get(0);
            m.raw("<tr><td>").text(context.categoryLabel(first.category())).raw("</td><td>").text(destination(first))
                    .raw("</td><td class=\"num\">").text(group.stream().map(f -> f.file() + ":" + f.line()).distinct().count())
                    .raw("</td><td><span class=\"file\">").text(first.file() + ":" + first.line()).raw("</span></td></tr>\n");
        });
        m.raw("</tbody></table>\n");
    }

    private String destination(Flow flow) {
        String sink = flow.sink().name() != null ? flow.sink().name() : flow.sink().id();
        if (flow.serviceId() != null) {
            Recipient recipient = context.result().policy().recipients().values().stream()
                    .filter(r -> flow.serviceId().equals(r.service() != null ? r.service() : r.id())).findFirst().orElse(null);
            String party = recipient != null ? recipientLabel(recipient)
                    : context.result().policy().services().containsKey(flow.serviceId())
                            ? context.result().policy().services().get(flow.serviceId()).name() + " (not a declared recipient)"
                            : flow.serviceId();
            return party + " via " + sink;
        }
        return flow.host() != null ? flow.host() + " via " + sink : sink + " (" + flow.sink().kind().label() + ")";
    }

    private static Map<String, List<InventoryEntry>> byClass(List<InventoryEntry> inventory) {
        Map<String, List<InventoryEntry>> byClass = new TreeMap<>();
        inventory.forEach(e -> byClass.computeIfAbsent(e.element().className(), c -> new java.util.ArrayList<>()).add(e));
        return new LinkedHashMap<>(byClass);
    }

    private void table(Markup m, Map<String, List<InventoryEntry>> byClass) {
        m.raw("<table class=\"data-map\" id=\"data-map-table\">\n<caption>")
                .text("Personal data by class and field").raw("</caption>\n<thead><tr>")
                .raw("<th scope=\"col\">Field</th><th scope=\"col\">Categories</th><th scope=\"col\">Purposes</th>")
                .raw("<th scope=\"col\">Legal basis</th><th scope=\"col\">Retention</th>")
                .raw("<th scope=\"col\">Recipients</th><th scope=\"col\">Declared by</th></tr></thead>\n");
        byClass.forEach((className, entries) -> {
            CodeElement first = entries.get(0).element();
            m.raw("<tbody><tr class=\"class-row\"><th scope=\"rowgroup\" colspan=\"7\"><code>").text(className)
                    .raw("</code> <span class=\"file\">").text(first.file()).raw("</span></th></tr>\n");
            entries.forEach(entry -> row(m, entry));
            m.raw("</tbody>\n");
        });
        m.raw("</table>\n");
    }

    private void row(Markup m, InventoryEntry entry) {
        CodeElement element = entry.element();
        BoundDeclaration declaration = entry.declaration();
        m.raw(declaration == null ? "<tr class=\"undeclared-row\">" : "<tr>")
                .raw("<th scope=\"row\"><code>").text(element.member()).raw("</code>")
                .raw(entry.classification().link() ? " <span class=\"tag\">link</span>" : "").raw("</th>")
                .raw("<td>").text(String.join(", ", entry.classification().categories())).raw("</td>");
        if (declaration == null) {
            m.raw("<td colspan=\"3\" class=\"undeclared\">").text("Undeclared: no purpose, legal basis or retention")
                    .raw("</td>");
        } else {
            m.raw("<td>").text(declaration.purposes().stream().map(context::purposeLabel)
                            .collect(Collectors.joining(", "))).raw("</td>")
                    .raw("<td>").text(orMissing(declaration.legalBasis() == null ? null
                            : context.legalBasisLabel(declaration.legalBasis()))).raw("</td>")
                    .raw("<td>").text(orMissing(declaration.retention() == null ? null
                            : context.retentionLabel(declaration.retention()))).raw("</td>");
        }
        m.raw("<td>").text(context.recipientsOf(entry).stream().map(DataMapSection::recipientLabel)
                        .collect(Collectors.joining(", "))).raw("</td>")
                .raw("<td>").text(declaredBy(declaration)).raw("</td></tr>\n");
    }

    private static String orMissing(String value) {
        return value == null ? "missing" : value;
    }

    static String recipientLabel(Recipient recipient) {
        String name = recipient.name() == null ? recipient.id() : recipient.name();
        return recipient.country() == null ? name : name + " (" + recipient.country() + ")";
    }

    private static String declaredBy(BoundDeclaration declaration) {
        if (declaration == null) {
            return "";
        }
        String by = declaration.source() == BoundDeclaration.Source.YAML
                ? declaration.declarationId() : "@PersonalData";
        return declaration.ref() == null ? by : by + " (" + declaration.ref() + ")";
    }
}
