package dev.lawful.scan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.lawful.policy.FlowVocabulary;
import dev.lawful.policy.Sink;
import dev.lawful.policy.SourceRef;
import dev.lawful.scan.Reach;
import dev.lawful.scan.SinkCall;
import dev.lawful.scan.SourceFileScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The backward slice of kept bodies. The fixture states on each line what becomes of it:
 * {@code // kept}, {@code // blanked} (only its semicolon is left), {@code // condition blanked}
 * ({@code if (0)}), {@code // header blanked} ({@code for (;;)}) and {@code // value blanked}
 * ({@code return ;}).
 */
class BodyStatementsTest {

    private static final Path ROOT = Path.of("src/test/resources/scan/slicing");
    private static final Path CHECKOUT = ROOT.resolve("com/shop/Checkout.java");
    private static final List<Sink> SINKS = List.of(
            logger("slf4j", "org.slf4j.Logger", "info", "debug"),
            logger("log4j", "org.apache.log4j.Logger", "fatal"),
            logger("java-util-logging", "java.util.logging.Logger", "severe"));
    private static final FlowVocabulary VOCABULARY = new FlowVocabulary(List.of(), List.of(), List.of("append", "add"),
            List.of(), List.of(), List.of());

    private static Sink logger(String id, String type, String... methods) {
        return new Sink(id, id, Sink.Kind.LOG, "", List.of(type), List.of(methods), List.of(), List.of(),
                SourceRef.of("test"));
    }

    @Test
    void eachStatementIsKeptOrBlankedAsItsCommentSays() throws Exception {
        String source = Files.readString(CHECKOUT);
        BodyBlanker.Blanked blanked = BodyBlanker.blank(source, new SinkPrefilter(SINKS, VOCABULARY.mutators()));
        List<String> original = source.lines().toList();
        List<String> lines = blanked.text().lines().toList();
        int checked = 0;
        for (int i = 0; i < original.size(); i++) {
            String line = original.get(i);
            int comment = line.indexOf("// ");
            if (comment < 0) {
                continue;
            }
            String code = line.substring(0, comment).strip();
            String expectation = line.substring(comment + 3);
            String left = lines.get(i).strip();
            String where = "line " + (i + 1) + " (" + expectation + "): " + left;
            if (expectation.startsWith("kept")) {
                assertEquals(code, left, where);
            } else if (expectation.startsWith("blanked")) {
                assertEquals(";", left, where);
            } else if (expectation.startsWith("condition blanked")) {
                assertTrue(left.matches("if \\(0 *\\) \\{"), where);
            } else if (expectation.startsWith("header blanked")) {
                assertTrue(left.matches("for \\(;; *\\) \\{"), where);
            } else if (expectation.startsWith("value blanked")) {
                assertTrue(left.matches("return +;"), where);
            } else {
                continue;
            }
            checked++;
        }
        assertEquals(22, checked, "every stated line is checked");
        assertTrue(new JavaParser(new ParserConfiguration().setTabSize(blanked.tabSize())).parse(blanked.text())
                .isSuccessful(), "the sliced text parses");
    }

    @Test
    void theFlowsThroughTheSlicedBodiesAreAllFound() {
        SourceFileScan file = new SourceScanner(1, SINKS, VOCABULARY).scan(ROOT, List.of(ROOT)).files().get(0);

        assertEquals(Set.of("slf4j@26 Customer.email", "log4j@33 Customer.firstName", "log4j@33 Customer.lastName",
                "java-util-logging@34 Customer.firstName", "java-util-logging@34 Customer.lastName"),
                file.sinkCalls().stream().flatMap(BodyStatementsTest::accessorReaches).collect(Collectors.toSet()));
    }

    @Test
    void aBodyWithoutSinksIsBlankedWhole() {
        String source = "class A {\n    void f(Customer c) {\n        String e = c.getEmail();\n        save(e);\n    }\n}\n";
        String text = BodyBlanker.blank(source, new SinkPrefilter(SINKS, VOCABULARY.mutators())).text();

        assertFalse(text.contains("getEmail"), text);
        assertFalse(text.contains(";"), text);
    }

    private static java.util.stream.Stream<String> accessorReaches(SinkCall call) {
        return call.reaches().stream().map(Reach::source)
                .filter(source -> source.kind() == dev.lawful.scan.FlowSource.Kind.ACCESSOR)
                .map(source -> call.sinkId() + "@" + call.line() + " " + simple(source.type()) + "." + source.name());
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
