package dev.lawful.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lawful.ConfigurationException;
import dev.lawful.Problem;
import dev.lawful.Result;
import dev.lawful.check.BaselineEntry;
import dev.lawful.check.BaselineStatus;
import dev.lawful.policy.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: a committed JSON file of accepted findings ({@code lawful-baseline.json}),
 * matched by {@link dev.lawful.check.Fingerprint}, so that moved lines and reformatting keep
 * a finding accepted. Written sorted and atomically, so that an unchanged set of findings
 * gives the same bytes and the file diffs well in review.
 */
public final class BaselineFile {

    static final String FORMAT_KEY = "lawfulBaseline";
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String name;

    /** @param name the file as the user named it, for messages and reports */
    public BaselineFile(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    /**
     * Compares the result with the baseline file.
     *
     * @throws ConfigurationException when the file is missing or is not a baseline
     */
    public Result compare(Result result) throws ConfigurationException {
        return result.withBaseline(BaselineStatus.compare(name, read(), result.findings()));
    }

    /** Rewrites the file with every finding of {@code result}, which then is all baselined. */
    public Result update(Result result) throws IOException {
        List<BaselineEntry> entries = result.findings().stream().map(BaselineEntry::of)
                .distinct().sorted(BaselineEntry.ORDER).toList();
        ObjectNode root = JSON.createObjectNode();
        root.put(FORMAT_KEY, FORMAT_VERSION);
        ArrayNode findings = root.putArray("findings");
        for (BaselineEntry entry : entries) {
            findings.addObject().put("fingerprint", entry.fingerprint()).put("ruleId", entry.ruleId())
                    .put("subject", entry.subject()).put("message", entry.message());
        }
        AtomicFile.write(file, out -> {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            try (JsonGenerator generator = JSON.getFactory().createGenerator(out)) {
                generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                generator.setPrettyPrinter(printer);
                JSON.writeTree(generator, root);
            }
            out.write('\n');
        });
        return result.withBaseline(BaselineStatus.compare(name, entries, result.findings()));
    }

    List<BaselineEntry> read() throws ConfigurationException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw problem(null, "no such baseline file; write it with the update-baseline option");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw problem(at == null ? null : new SourceRef(name, at.getLineNr(), at.getColumnNr()),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(null, "cannot read the baseline file: " + e.getMessage());
        }
        if (root == null || root.path(FORMAT_KEY).asInt() != FORMAT_VERSION || !root.path("findings").isArray()) {
            throw problem(new SourceRef(name, 1, 1), "not a Lawful baseline: expected {\"" + FORMAT_KEY + "\": "
                    + FORMAT_VERSION + ", \"findings\": [...]}");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (JsonNode entry : root.path("findings")) {
            String fingerprint = entry.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw problem(new SourceRef(name, 1, 1), "baseline entry " + (entries.size() + 1) + " has no fingerprint");
            }
            entries.add(new BaselineEntry(fingerprint, entry.path("ruleId").asText(""),
                    entry.path("subject").asText(""), entry.path("message").asText("")));
        }
        return entries;
    }

    private ConfigurationException problem(SourceRef where, String message) {
        return new ConfigurationException(new Problem(where, where == null ? name + ": " + message : message));
    }
}
