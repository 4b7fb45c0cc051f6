package dev.lawful.report.sarif;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lawful.check.Finding;
import dev.lawful.check.Snippet;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SARIF locations of findings: repository-relative URIs, regions and the line's text. */
final class SarifLocations {

    static final String SRCROOT = "%SRCROOT%";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, List<Snippet>> snippetsByFile = new HashMap<>();

    SarifLocations(List<Snippet> snippets) {
        snippets.forEach(s -> snippetsByFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s));
    }

    /** Whether a finding's file is a path inside the analysed project (not a bundled rule set). */
    static boolean isInRepository(String file) {
        return file != null && !file.isBlank() && !file.contains(":") && !file.startsWith("/")
                && !file.startsWith("../") && !file.contains("/../");
    }

    ObjectNode location(Finding finding) {
        ObjectNode location = location(finding.file(), finding.line(), finding.column());
        if (finding.className() != null) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            if (finding.member() != null) {
                logical.put("name", finding.member());
                logical.put("fullyQualifiedName", finding.className() + "." + finding.member());
                logical.put("kind", "member");
            } else {
                logical.put("fullyQualifiedName", finding.className());
                logical.put("kind", "type");
            }
        }
        return location;
    }

    ObjectNode location(String file, int line, int column) {
        ObjectNode location = JSON.objectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(file));
        artifact.put("uriBaseId", SRCROOT);
        if (line > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
            String text = lineText(file, line);
            if (text != null) {
                region.putObject("snippet").put("text", text);
            }
        }
        return location;
    }

    private String lineText(String file, int line) {
        for (Snippet snippet : snippetsByFile.getOrDefault(file, List.of())) {
            if (snippet.contains(line)) {
                return snippet.line(line);
            }
        }
        return null;
    }

    /** A relative URI reference: each path segment percent-encoded where it must be. */
    static String uri(String file) {
        try {
            return new URI(null, null, file, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a relative path: " + file, e);
        }
    }
}
