package dev.lawful.report.sarif;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.RuleDescriptor;
import dev.lawful.check.Severity;
import dev.lawful.report.ReportWriter;
import dev.lawful.report.RuleCatalog;
import dev.lawful.report.ToolInfo;
import dev.lawful.scan.FlowStep;
import dev.lawful.scan.ParseProblem;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes SARIF 2.1.0 as GitHub code scanning ingests it: one run, every rule described,
 * results located relative to {@value SarifLocations#SRCROOT} with fingerprints that
 * survive line moves. Findings in files outside the repository (bundled rule sets) become
 * tool configuration notifications; unparseable files become tool execution notifications.
 */
public final class SarifWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final String PARSE_PROBLEM = "parse-problem";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ToolInfo tool;

    public SarifWriter() {
        this(ToolInfo.current());
    }

    public SarifWriter(ToolInfo tool) {
        this.tool = tool;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "lawful.sarif";
    }

    @Override
    public void write(Result result, Writer out) throws IOException {
        ObjectNode log = JSON.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.putArray("runs").add(run(result));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        new ObjectMapper().writer(printer).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, log);
        out.write("\n");
        out.flush();
    }

    private ObjectNode run(Result result) {
        RuleCatalog catalog = new RuleCatalog(result);
        List<RuleDescriptor> rules = new ArrayList<>(catalog.rules());
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        SarifLocations locations = new SarifLocations(result.snippets());

        ObjectNode run = JSON.objectNode();
        run.set("tool", tool(rules));
        ObjectNode srcRoot = run.putObject("originalUriBaseIds").putObject(SarifLocations.SRCROOT);
        srcRoot.putObject("description").put("text", "The root of the analysed project.");
        ArrayNode results = JSON.arrayNode();
        ArrayNode configurationNotes = JSON.arrayNode();
        for (Finding finding : result.findings()) {
            if (SarifLocations.isInRepository(finding.file())) {
                ObjectNode sarifResult = result(finding, ruleIndex.get(finding.ruleId()), locations);
                if (result.baseline().used()) {
                    sarifResult.put("baselineState", result.isBaselined(finding) ? "unchanged" : "new");
                }
                results.add(sarifResult);
            } else {
                configurationNotes.add(configurationNotification(finding, ruleIndex.get(finding.ruleId())));
            }
        }
        run.putArray("invocations").add(invocation(result.problems(), configurationNotes, locations));
        run.set("results", results);
        run.put("columnKind", "utf16CodeUnits");
        return run;
    }

    private ObjectNode tool(List<RuleDescriptor> rules) {
        ObjectNode driver = JSON.objectNode();
        driver.put("name", tool.name());
        driver.put("version", tool.version());
        driver.put("informationUri", tool.informationUri());
        ArrayNode array = driver.putArray("rules");
        rules.forEach(rule -> array.add(rule(rule)));
        ObjectNode parseProblem = driver.putArray("notifications").addObject();
        parseProblem.put("id", PARSE_PROBLEM);
        parseProblem.put("name", "ParseProblem");
        parseProblem.putObject("shortDescription").put("text", "A file could not be read or parsed.");
        String parseProblemHelp = "The file was not analysed: fields it declares are missing from the inventory, "
                + "and findings about them are missing too. Fix the syntax error or the encoding, or exclude the file.";
        parseProblem.putObject("fullDescription").put("text", parseProblemHelp);
        parseProblem.putObject("help").put("text", parseProblemHelp);
        ObjectNode toolNode = JSON.objectNode();
        toolNode.set("driver", driver);
        return toolNode;
    }

    private static ObjectNode rule(RuleDescriptor rule) {
        ObjectNode node = JSON.objectNode();
        node.put("id", rule.id());
        node.put("name", pascalCase(rule.id()));
        node.putObject("shortDescription").put("text", sentence(rule.summary()));
        node.putObject("fullDescription").put("text", MarkdownText.firstParagraph(rule.docs()));
        ObjectNode help = node.putObject("help");
        help.put("text", MarkdownText.plain(rule.docs()));
        help.put("markdown", rule.docs());
        node.put("helpUri", RuleCatalog.helpUri(rule.id()));
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ArrayNode tags = node.putObject("properties").putArray("tags");
        tags.add("privacy");
        tags.add("gdpr");
        return node;
    }

    private static ObjectNode result(Finding finding, int ruleIndex, SarifLocations locations) {
        ObjectNode node = JSON.objectNode();
        node.put("ruleId", finding.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(finding.severity()));
        node.set("message", message(finding));
        node.putArray("locations").add(locations.location(finding));
        if (!finding.path().isEmpty()) {
            node.putArray("codeFlows").add(codeFlow(finding, locations));
        }
        node.putObject("partialFingerprints").put(Fingerprints.KEY, Fingerprints.of(finding));
        ObjectNode properties = JSON.objectNode();
        if (finding.category() != null) {
            properties.put("category", finding.category());
        }
        if (finding.fix() != null) {
            putIfPresent(properties, "fixYaml", finding.fix().yaml());
            putIfPresent(properties, "fixAnnotation", finding.fix().annotation());
        }
        if (!properties.isEmpty()) {
            node.set("properties", properties);
        }
        return node;
    }

    /** The path of a flow finding, source first, as code scanning shows it step by step. */
    private static ObjectNode codeFlow(Finding finding, SarifLocations locations) {
        ObjectNode codeFlow = JSON.objectNode();
        codeFlow.putObject("message").put("text", "Where the personal data goes");
        ArrayNode steps = codeFlow.putArray("threadFlows").addObject().putArray("locations");
        for (FlowStep step : finding.path()) {
            String file = step.file() != null ? step.file() : finding.file();
            ObjectNode location = locations.location(file, step.line(), step.column());
            location.putObject("message").put("text", step.label());
            steps.addObject().set("location", location);
        }
        return codeFlow;
    }

    private static ObjectNode configurationNotification(Finding finding, int ruleIndex) {
        ObjectNode node = JSON.objectNode();
        ObjectNode rule = node.putObject("associatedRule");
        rule.put("id", finding.ruleId());
        rule.put("index", ruleIndex);
        node.put("level", level(finding.severity()));
        String where = finding.file() == null ? "" : finding.file() + (finding.line() > 0 ? ":" + finding.line() : "") + ": ";
        node.putObject("message").put("text", sentence(where + finding.message()));
        return node;
    }

    private static ObjectNode invocation(List<ParseProblem> problems, ArrayNode configurationNotes,
            SarifLocations locations) {
        ObjectNode invocation = JSON.objectNode();
        invocation.put("executionSuccessful", true);
        if (!configurationNotes.isEmpty()) {
            invocation.set("toolConfigurationNotifications", configurationNotes);
        }
        if (!problems.isEmpty()) {
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            for (ParseProblem problem : problems) {
                ObjectNode note = notes.addObject();
                ObjectNode descriptor = note.putObject("descriptor");
                descriptor.put("id", PARSE_PROBLEM);
                descriptor.put("index", 0);
                note.put("level", "warning");
                note.putObject("message").put("text", sentence("Not analysed: " + problem.message()));
                note.putArray("locations").add(locations.location(problem.file(), problem.line(), problem.column()));
            }
        }
        return invocation;
    }

    private static ObjectNode message(Finding finding) {
        String text = sentence(finding.message());
        if (finding.fix() != null && finding.fix().summary() != null) {
            text = text + " Fix: " + sentence(finding.fix().summary());
        }
        ObjectNode message = JSON.objectNode();
        message.put("text", text);
        return message;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    /** SARIF viewers expect messages to be sentences. */
    static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") ? trimmed : trimmed + ".";
    }

    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
