package dev.lawful.scan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.SourceFileScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.github.javaparser.ast.CompilationUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyBlankerTest {

    private static final Path TRICKY = Path.of("src/test/resources/scan/blanking/com/shop/Tricky.java");
    private static final Path COMMENTED = Path.of("src/test/resources/scan/blanking/com/shop/Commented.java");

    @ParameterizedTest
    @ValueSource(strings = {"Tricky.java", "Commented.java"})
    void blankingKeepsEveryLineAndColumnInPlace(String file) throws Exception {
        Path path = TRICKY.resolveSibling(file);
        List<String> source = Files.readString(path).lines().toList();
        List<String> blanked = BodyBlanker.blank(Files.readString(path)).text().lines()
                .map(BodyBlankerTest::expandTabs).toList();

        assertEquals(source.size(), blanked.size(), "line breaks stay");
        for (int line = 0; line < source.size(); line++) {
            String original = source.get(line);
            String kept = blanked.get(line);
            assertTrue(kept.length() <= original.length(), "line " + (line + 1));
            for (int column = 0; column < kept.length(); column++) {
                char c = kept.charAt(column);
                assertTrue(c == ' ' || c == original.charAt(column),
                        "what is left keeps its column, line " + (line + 1) + ": " + kept);
            }
        }
    }

    @Test
    void methodAndConstructorBodiesAreBlankedButNotDeclarations() throws Exception {
        String blanked = BodyBlanker.blank(Files.readString(TRICKY)).text();

        assertFalse(blanked.contains("ctor { body"), "constructor body");
        assertFalse(blanked.contains("insideAnonymous"), "an anonymous class in a field initializer is a body");
        assertFalse(blanked.contains("events.isEmpty()"), "a method named record is still a method");
        assertFalse(blanked.contains("\"{low}\""), "an enum constant's class body");
        assertTrue(blanked.contains("private String lastField;"));
        assertTrue(blanked.contains("int difference = a.length() - b.length();"), "a lambda initializer is an expression");
        assertTrue(blanked.contains("record Row(String customerName, String phone)"), "a body with a local record is kept");
        assertTrue(blanked.contains("private String localField;"), "a body with a local class is kept, "
                + "even after a comment that ends in a period");
        assertTrue(blanked.contains("throw new IllegalArgumentException();"), "compact constructors are kept");
    }

    @Test
    void commentsGoButTheJavadocOfTypesAndFieldsStays() throws Exception {
        String source = Files.readString(COMMENTED);
        String blanked = BodyBlanker.blank(source, new SinkPrefilter(List.of(), List.of())).text();

        assertFalse(blanked.contains("REMOVED"), blanked);
        assertEquals(source.split("KEPT", -1).length, blanked.split("KEPT", -1).length, blanked);
        String visits = blanked.lines().filter(line -> line.contains("visits;")).findFirst().orElseThrow();
        assertEquals(" ".repeat(35) + "private" + " ".repeat(15) + "int visits;", expandTabs(visits),
                "a comment before code on its line leaves spaces, so the code keeps its column");
    }

    @Test
    void indentationBecomesTabsButNotInTextBlocksNorInFilesWithTabs() {
        String source = "class A {\n        String a = \"\"\"\n            indented\n        \"\"\";\n      int b;\n}\n";

        BodyBlanker.Blanked blanked = BodyBlanker.blank(source);
        assertEquals(BodyBlanker.TAB_SIZE, blanked.tabSize());
        assertEquals("class A {\n\t\tString a = \"\"\"\n            indented\n        \"\"\";\n\t  int b;\n}\n",
                blanked.text());

        BodyBlanker.Blanked withTabs = BodyBlanker.blank(source.replace("int b", "int\tb"));
        assertEquals(1, withTabs.tabSize());
        assertTrue(withTabs.text().contains("\n      int\tb;"), withTabs.text());
    }

    @Test
    void aTabbedTextParsesToTheColumnsOfTheFile() throws Exception {
        String source = Files.readString(TRICKY).replace("\\u00fc", "\u00fc"); // a file with an escape is not tabbed
        BodyBlanker.Blanked blanked = BodyBlanker.blank(source);
        CompilationUnit tabbed = SourceScanner.newParser(blanked.tabSize()).parse(blanked.text()).getResult().orElseThrow();
        CompilationUnit whole = SourceScanner.newParser().parse(source).getResult().orElseThrow();

        assertEquals(BodyBlanker.TAB_SIZE, blanked.tabSize());
        assertEquals(whole.findAll(com.github.javaparser.ast.body.VariableDeclarator.class).stream()
                        .filter(v -> v.getParentNode().orElseThrow() instanceof com.github.javaparser.ast.body.FieldDeclaration)
                        .filter(v -> !v.getNameAsString().equals("insideAnonymous"))
                        .map(v -> v.getNameAsString() + "@" + v.getBegin().orElseThrow()).toList(),
                tabbed.findAll(com.github.javaparser.ast.body.VariableDeclarator.class).stream()
                        .filter(v -> v.getParentNode().orElseThrow() instanceof com.github.javaparser.ast.body.FieldDeclaration)
                        .map(v -> v.getNameAsString() + "@" + v.getBegin().orElseThrow()).toList());
    }

    @Test
    void importsAreReadFromTheTextAsTheParserReadsThem() throws Exception {
        String source = Files.readString(COMMENTED);
        BodyBlanker.Blanked blanked = BodyBlanker.blank(source);
        CompilationUnit whole = SourceScanner.newParser().parse(source).getResult().orElseThrow();
        CompilationUnit parsed = SourceScanner.newParser().parse(blanked.text()).getResult().orElseThrow();

        assertEquals(List.of("com.shop.\\u0041ddress"), blanked.text().lines().filter(line -> line.startsWith("import"))
                .map(line -> line.substring("import ".length(), line.length() - 1)).toList(),
                "an import with a unicode escape is left to the parser");
        assertEquals(DeclaredImport.of(whole), blanked.importsWith(parsed));
        assertEquals(6, whole.getImports().size());
        assertEquals(new DeclaredImport("java.util.Objects.requireNonNull", true, false, 7), blanked.imports().get(1));
        assertEquals(new DeclaredImport("com.shop.Customer", false, false, 10), blanked.imports().get(4));
    }

    /** A tab goes to the next multiple of the tab size, as the parser counts it. */
    private static String expandTabs(String line) {
        StringBuilder expanded = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') {
                expanded.append(" ".repeat(BodyBlanker.TAB_SIZE - expanded.length() % BodyBlanker.TAB_SIZE));
            } else {
                expanded.append(c);
            }
        }
        return expanded.toString();
    }

    @Test
    void networkLiteralsOfBlankedBodiesAreKeptWithTheirLines() throws Exception {
        List<SourceFileScan.Literal> literals = BodyBlanker.blank(Files.readString(TRICKY)).bodyLiterals();

        assertEquals(List.of(new SourceFileScan.Literal("https://api.segment.io/v1/track", 26, 32),
                        new SourceFileScan.Literal("https://example.com/Z\u00fcrich", 65, 25)), literals,
                "the compareTo body is kept (it declares a local record), so its literal comes from the parser; "
                        + "escapes are resolved as the parser resolves them");
    }

    @Test
    void scanningWithBlankedBodiesFindsExactlyWhatAFullParseFinds() {
        Path base = Path.of("..").toAbsolutePath().normalize();
        List<Path> roots = List.of(Path.of("src/test/resources").toAbsolutePath(),
                base.resolve("samples/classification-corpus"), base.resolve("samples/webshop/src"));

        SourceScanResult blanked = new SourceScanner(2, true).scan(base, roots);
        SourceScanResult full = new SourceScanner(2, false).scan(base, roots);

        assertTrue(full.files().size() > 100, "a real amount of code: " + full.files().size());
        assertEquals(full.problems().stream().map(ParseProblem::toString).toList(),
                blanked.problems().stream().map(ParseProblem::toString).toList());
        for (int i = 0; i < full.files().size(); i++) {
            assertEquals(full.files().get(i), blanked.files().get(i), full.files().get(i).path());
        }
    }
}
