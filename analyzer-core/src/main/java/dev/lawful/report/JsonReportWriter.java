package dev.lawful.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lawful.Result;
import dev.lawful.Version;
import dev.lawful.bind.BoundDeclaration;
import dev.lawful.check.Finding;
import dev.lawful.check.Fix;
import dev.lawful.check.Severity;
import dev.lawful.classify.Evidence;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.scan.FlowStep;
import dev.lawful.scan.ParseProblem;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The machine-readable report, {@code lawful.json}; its format is documented in docs/report-format.md. */
public final class JsonReportWriter implements ReportWriter {

    /** Bumped when a field is removed or changes meaning; adding fields keeps it. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "lawful.json";
    }

    @Override
    public void write(Result result, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setPrettyPrinter(printer);
            MAPPER.writeTree(generator, toTree(result));
        }
        out.write('\n');
    }

    ObjectNode toTree(Result result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", "Lawful").put("version", Version.get());
        ObjectNode policy = root.putObject("policy");
        policy.put("id", result.policy().id());
        policy.put("name", result.policy().name());
        strings(policy.putArray("files"), result.policy().files());
        summary(root.putObject("summary"), result);
        ArrayNode inventory = root.putArray("inventory");
        result.inventory().forEach(e -> inventoryEntry(inventory.addObject(), e));
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(f -> {
            ObjectNode node = findings.addObject();
            finding(node, f);
            if (result.baseline().used()) {
                node.put("baseline", result.isBaselined(f) ? "baselined" : "new");
            }
        });
        if (result.baseline().used()) {
            baseline(root.putObject("baseline"), result);
        }
        ArrayNode flows = root.putArray("flows");
        result.flows().forEach(flow -> flow(flows.addObject(), flow));
        ArrayNode recipients = root.putArray("recipients");
        result.recipientUses().forEach(u -> recipientUse(recipients.addObject(), u));
        ArrayNode problems = root.putArray("problems");
        result.problems().forEach(p -> problem(problems.addObject(), p));
        return root;
    }

    /** The baseline file, and its entries that match no finding any more. */
    private static void baseline(ObjectNode node, Result result) {
        node.put("file", result.baseline().file());
        node.put("baselined", result.findings().size() - result.newFindings().size());
        ArrayNode removable = node.putArray("removable");
        result.baseline().removable().forEach(e -> removable.addObject().put("fingerprint", e.fingerprint())
                .put("ruleId", e.ruleId()).put("subject", e.subject()).put("message", e.message()));
    }

    private static void summary(ObjectNode node, Result result) {
        node.put("sourceFiles", result.stats().sourceFiles());
        node.put("classFiles", result.stats().classFiles());
        node.put("types", result.stats().types());
        node.put("fields", result.stats().fields());
        node.put("personal", result.inventory().size());
        node.put("declared", result.inventory().stream().filter(InventoryEntry::isDeclared).count());
        for (Severity severity : Severity.values()) {
            node.put(severity.id() + "s", result.count(severity));
        }
        node.put("problems", result.problems().size());
        node.put("flows", result.flows().size());
    }

    private static void inventoryEntry(ObjectNode node, InventoryEntry entry) {
        var element = entry.element();
        var classification = entry.classification();
        node.put("class", element.className());
        node.put("member", element.member());
        node.put("kind", lower(element.kind()));
        node.put("type", element.type());
        node.put("file", element.file());
        node.put("line", element.line());
        node.put("column", element.column());
        strings(node.putArray("categories"), classification.categories());
        node.put("confidence", Math.round(classification.confidence() * 100) / 100.0);
        node.put("link", classification.link());
        ArrayNode evidenceArray = node.putArray("evidence");
        for (Evidence evidence : classification.evidence()) {
            ObjectNode e = evidenceArray.addObject();
            e.put("signal", lower(evidence.signal()));
            e.put("detail", evidence.detail());
            e.put("category", evidence.category());
            e.put("weight", Math.round(evidence.weight() * 100) / 100.0);
        }
        declaration(node, entry.declaration());
        node.put("origin", lower(element.origin()));
    }

    private static void declaration(ObjectNode node, BoundDeclaration declaration) {
        if (declaration == null) {
            node.putNull("declaration");
            return;
        }
        ObjectNode d = node.putObject("declaration");
        d.put("source", lower(declaration.source()));
        d.put("id", declaration.declarationId());
        strings(d.putArray("categories"), declaration.categories());
        strings(d.putArray("purposes"), declaration.purposes());
        d.put("legalBasis", declaration.legalBasis());
        d.put("retention", declaration.retention());
        d.put("file", declaration.ref().file());
        d.put("line", declaration.ref().line());
    }

    private static void finding(ObjectNode node, Finding finding) {
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().id());
        node.put("class", finding.className());
        node.put("member", finding.member());
        node.put("file", finding.file());
        node.put("line", finding.line());
        node.put("column", finding.column());
        node.put("category", finding.category());
        node.put("message", finding.message());
        Fix fix = finding.fix();
        if (fix == null) {
            node.putNull("fix");
        } else {
            node.putObject("fix").put("summary", fix.summary()).put("yaml", fix.yaml()).put("annotation", fix.annotation());
        }
        if (!finding.path().isEmpty()) {
            path(node.putArray("path"), finding.path());
        }
    }

    private static void flow(ObjectNode node, Flow flow) {
        node.put("sink", flow.sink().id());
        node.put("kind", flow.sink().kind().label());
        node.put("service", flow.serviceId());
        node.put("host", flow.host());
        node.put("category", flow.category());
        node.put("key", flow.key());
        node.put("source", flow.source());
        node.put("class", flow.enclosingType());
        node.put("file", flow.file());
        node.put("line", flow.line());
        node.put("column", flow.column());
        path(node.putArray("path"), flow.path());
    }

    private static void path(ArrayNode array, List<FlowStep> steps) {
        for (FlowStep step : steps) {
            array.addObject().put("label", step.label()).put("file", step.file()).put("line", step.line())
                    .put("column", step.column());
        }
    }

    private static void recipientUse(ObjectNode node, RecipientUse use) {
        node.put("service", use.serviceId());
        node.put("how", lower(use.how()));
        node.put("evidence", use.evidence());
        node.put("file", use.file());
        node.put("line", use.line());
    }

    private static void problem(ObjectNode node, ParseProblem problem) {
        node.put("file", problem.file());
        node.put("line", problem.line());
        node.put("column", problem.column());
        node.put("message", problem.message());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
