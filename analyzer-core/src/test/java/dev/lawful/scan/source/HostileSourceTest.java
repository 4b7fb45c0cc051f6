package dev.lawful.scan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.policy.FlowVocabulary;
import dev.lawful.policy.Sink;
import dev.lawful.policy.SourceRef;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.TypeInfo;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source files real codebases contain that are hard to parse: deep nesting, escapes, other encodings. */
class HostileSourceTest {

    @TempDir
    Path dir;

    @Test
    void anInitializerNestedTooDeepForTheParserKeepsTheFilesFieldsAndSaysWhatWasSkipped() throws IOException {
        // deeper than the parser thread's stack reaches: the declarations are read without initializers
        int depth = 200_000;
        write("p/Deep.java", "package p;\nclass Deep {\n    int nested = " + "(".repeat(depth) + "1" + ")".repeat(depth)
                + ";\n    String email;\n    void m() { }\n}\n");
        write("p/Other.java", "package p;\nclass Other { String phone; }\n");

        SourceScanResult result = new SourceScanner(1).scan(dir, List.of(dir));

        assertEquals(Map.of("p.Deep", List.of("nested", "email"), "p.Other", List.of("phone")), fieldsByType(result));
        assertEquals(2, result.filesFound());
        ParseProblem problem = single(result.problems());
        assertEquals("p/Deep.java", problem.file());
        assertTrue(problem.message().contains("nested too deep") && problem.message().contains("field initializers were skipped"),
                problem.message());
        // where it nests deepest: the innermost of the initializer's parentheses, inside the class's brace
        assertEquals(3, problem.line(), problem.toString());
        assertEquals("    int nested = ".length() + depth, problem.column(), problem.toString());
        assertTrue(problem.message().contains((depth + 1) + " levels deep here"), problem.message());
        CodeElement email = field(result, "p.Deep", "email");
        assertEquals(4, email.line());
        assertEquals(12, email.column());
    }

    @Test
    void aKeptBodyTheParserRejectsLosesTheFilesFlowsButNotItsFields() throws IOException {
        // JavaParser rejects a yield nested in an if inside a switch expression's block (Apache Fineract's Loan)
        write("p/Loan.java", "package p;\nimport org.slf4j.Logger;\nclass Loan {\n    Logger log;\n    String email;\n"
                + "    int amount(int kind, boolean split) {\n        log.info(\"for {}\", email);\n"
                + "        return switch (kind) {\n            case 1 -> {\n                if (split) {\n"
                + "                    yield 1;\n                } else {\n                    yield 2;\n                }\n"
                + "            }\n            default -> 0;\n        };\n    }\n}\n");
        Sink slf4j = new Sink("slf4j", "SLF4J", Sink.Kind.LOG, "", List.of("org.slf4j.Logger"), List.of("info"),
                List.of(), List.of(), SourceRef.of("test"));

        SourceScanResult result = new SourceScanner(1, List.of(slf4j), FlowVocabulary.NONE).scan(dir, List.of(dir));

        assertEquals(Map.of("p.Loan", List.of("log", "email")), fieldsByType(result));
        ParseProblem problem = single(result.problems());
        assertTrue(problem.message().endsWith("(in a method body: the file's fields were read, its flows were not analysed)"),
                problem.message());
    }

    @Test
    void nestingOfRealisticDepthParsesWholeOnTheParserThread() throws IOException {
        write("p/Deep.java", "package p;\nclass Deep {\n    int nested = " + "(".repeat(3_000) + "1" + ")".repeat(3_000)
                + ";\n    " + "java.util.List<".repeat(2_000) + "String" + ">".repeat(2_000) + " generic;\n"
                + "    String email;\n}\n");

        SourceScanResult result = new SourceScanner(1).scan(dir, List.of(dir));

        assertEquals(List.of(), result.problems());
        assertEquals(Map.of("p.Deep", List.of("nested", "generic", "email")), fieldsByType(result));
    }

    @Test
    void unicodeEscapesAreDecodedInNamesAnnotationValuesAndJavadocWithPositionsUnchanged() throws IOException {
        String declarations = "    @Column(name = \"f\\u00f6dd\") private String f\\u00f6delsedatum; String email;";
        write("p/Person.java", "package p;\nclass Person {\n"
                + "    /** F\\u00f6delsedatum enligt folkbokf\\u00f6ringen. */\n" + declarations + "\n}\n");

        SourceScanResult result = new SourceScanner(1).scan(dir, List.of(dir));

        CodeElement born = field(result, "p.Person", "födelsedatum");
        assertEquals("Födelsedatum enligt folkbokföringen.", born.javadoc());
        assertEquals("född", born.annotations().get(0).value("name"));
        assertEquals(4, born.line());
        assertEquals(declarations.indexOf("f\\u00f6delsedatum") + 1, born.column());
        CodeElement email = field(result, "p.Person", "email");
        assertEquals(4, email.line());
        assertEquals(declarations.indexOf("email") + 1, email.column());
    }

    @Test
    void sourcesWithAByteOrderMarkAreDecodedInTheirEncoding() throws IOException {
        String source = "package p;\nclass U%s {\n    private String födelsedatum;\n}\n";
        writeBytes("p/U16.java", bom(0xFE, 0xFF), String.format(source, "16"), StandardCharsets.UTF_16BE);
        writeBytes("p/U16le.java", bom(0xFF, 0xFE), String.format(source, "16le"), StandardCharsets.UTF_16LE);
        writeBytes("p/U32.java", bom(0, 0, 0xFE, 0xFF), String.format(source, "32"), Charset.forName("UTF-32BE"));
        writeBytes("p/U32le.java", bom(0xFF, 0xFE, 0, 0), String.format(source, "32le"), Charset.forName("UTF-32LE"));
        writeBytes("p/U8.java", bom(0xEF, 0xBB, 0xBF), String.format(source, "8"), StandardCharsets.UTF_8);

        SourceScanResult result = new SourceScanner(1).scan(dir, List.of(dir));

        assertEquals(List.of(), result.problems());
        List<String> born = List.of("födelsedatum");
        assertEquals(Map.of("p.U16", born, "p.U16le", born, "p.U32", born, "p.U32le", born, "p.U8", born),
                fieldsByType(result));
    }

    @Test
    void aLexicalErrorIsPlacedAtTheLineAndColumnTheParserGives() throws IOException {
        write("p/Bad.java", "package p;\nclass Bad {\n    String s = \"unterminated;\n}\n");

        ParseProblem problem = single(new SourceScanner(1).scan(dir, List.of(dir)).problems());

        assertEquals(3, problem.line(), problem.toString());
        assertTrue(problem.column() > 0, problem.toString());
    }

    @Test
    void aFileTooLargeForTheParseBudgetIsRefusedWithItsSizeAndTheLimit() {
        ParseMemory memory = ParseMemory.of(10 * 1024 * 1024, 20 * 1024 * 1024);
        int chars = 3 * 1024 * 1024;

        assertTrue(memory.fits(100 * 1024));
        assertTrue(!memory.fits(chars));
        assertEquals("file too large to parse in this heap: 2.9 MB, which takes about 300.0 MB of memory to parse;"
                + " the parsers may use 10.0 MB (half the maximum heap of 20.0 MB); give the JVM more memory (-Xmx)"
                + " or leave the file out of the scan", memory.refusal(3_000_000, chars));
    }

    private void write(String relative, String text) throws IOException {
        writeBytes(relative, new byte[0], text, StandardCharsets.UTF_8);
    }

    private void writeBytes(String relative, byte[] bom, String text, Charset charset) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);
    }

    private static byte[] bom(int... bytes) {
        byte[] mark = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            mark[i] = (byte) bytes[i];
        }
        return mark;
    }

    private static Map<String, List<String>> fieldsByType(SourceScanResult result) {
        return result.files().stream().flatMap(f -> f.types().stream())
                .collect(Collectors.toMap(TypeInfo::qualifiedName, t -> t.fields().stream().map(CodeElement::member).toList()));
    }

    private static CodeElement field(SourceScanResult result, String type, String member) {
        return result.files().stream().map(SourceFileScan::types).flatMap(List::stream)
                .filter(t -> t.qualifiedName().equals(type)).flatMap(t -> t.fields().stream())
                .filter(f -> f.member().equals(member)).findFirst().orElseThrow(() -> new AssertionError(member));
    }

    private static ParseProblem single(List<ParseProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
