package dev.lawful.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The JSON Schema shipped for editors accepts every bundled rule file and refuses a broken one. */
class RuleSchemaTest {

    private static final String DIR = "lawful/rules/";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    @ParameterizedTest
    @ValueSource(strings = {"gdpr.yaml", "jalonom.yaml"})
    void everyBundledRuleFileIsValid(String name) throws IOException {
        Set<ValidationMessage> errors = schema().validate(read(DIR + name));

        assertEquals("", errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdpr.yaml", "jalonom.yaml"})
    void everyBundledRuleFileNamesTheSchemaForEditors(String name) throws IOException {
        try (InputStream in = resource(DIR + name)) {
            String firstLine = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            assertEquals("# yaml-language-server: $schema=lawful-rules.schema.json", firstLine);
        }
    }

    @Test
    void everyBundledRuleSetIsTested() throws IOException {
        try (InputStream in = resource(DIR + "builtins.txt")) {
            List<String> builtins = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals(List.of("gdpr", "jalonom"), builtins);
        }
    }

    @Test
    void aBrokenRuleFileIsRefused() throws IOException {
        String errors = schema().validate(read("schema/invalid.yaml")).stream().map(ValidationMessage::getMessage)
                .sorted().collect(Collectors.joining("\n"));

        assertTrue(errors.contains("nmae"), errors);
        assertTrue(errors.contains("profiling"), errors);
        assertTrue(errors.contains("country"), errors);
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = resource(DIR + "lawful-rules.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode read(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(resource(resource), StandardCharsets.UTF_8)) {
            return toJson(new Yaml(new LoaderOptions()).compose(reader));
        }
    }

    /** Types scalars as the rule-file loader does: only true/false are booleans, NO stays text. */
    private static JsonNode toJson(Node node) {
        if (node instanceof MappingNode mapping) {
            ObjectNode object = JSON.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                object.set(((ScalarNode) tuple.getKeyNode()).getValue(), toJson(tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            sequence.getValue().forEach(item -> array.add(toJson(item)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        if (!scalar.isPlain()) {
            return JSON.textNode(value);
        }
        if (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null")) {
            return JSON.nullNode();
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return JSON.booleanNode(Boolean.parseBoolean(value));
        }
        return INTEGER.matcher(value).matches() ? JSON.numberNode(Long.parseLong(value)) : JSON.textNode(value);
    }

    private static InputStream resource(String name) {
        InputStream in = RuleSchemaTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("no resource " + name);
        }
        return in;
    }
}
