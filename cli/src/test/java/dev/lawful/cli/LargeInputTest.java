package dev.lawful.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that used to exhaust a small heap, each scanned by the CLI in its own JVM with
 * {@code -Xmx256m}; every test writes its input into a temporary folder.
 */
class LargeInputTest {

    private static final String HEAP = "-Xmx256m";

    @TempDir
    Path project;

    @Test
    void aFileTooLargeForTheHeapIsReportedAndTheOtherFilesAreAnalysed() throws Exception {
        // 100,000 fields, 2.9 MB: generated code of this size is common (protobuf, jOOQ, JAXB)
        writeClass("src/p/Big.java", "Big", 100_000);
        write("src/p/Small.java", "package p;\nclass Small { String phone; String email; }\n");

        Run run = lawful(HEAP, "scan", "--format", "json,html,sarif", "src");

        assertEquals(1, run.exit(), run::toString);
        assertNoTrace(run);
        String json = report("lawful.json");
        assertTrue(json.contains("\"file\" : \"src/p/Big.java\""), json);
        assertTrue(json.contains("file too large to parse in this heap: 2.9 MB, which takes about ")
                        && json.contains("half the maximum heap of"),
                json);
        assertTrue(json.contains("\"member\" : \"email\"") && json.contains("\"member\" : \"phone\""), json);
        assertTrue(report("lawful.html").contains("file too large to parse"));
        assertTrue(report("lawful.sarif").contains("p.Small#email"));
        assertTrue(run.out().contains("1 file could not be analysed"), run::toString);
    }

    @Test
    void tenThousandFieldsInOneClassAreAllClassified() throws Exception {
        writeClass("src/p/Wide.java", "Wide", 10_000);

        Run run = lawful(HEAP, "scan", "--format", "json", "src");

        assertEquals(1, run.exit(), run::toString);
        assertNoTrace(run);
        assertTrue(run.out().contains("10000 errors"), run::toString);
        assertTrue(report("lawful.json").contains("\"member\" : \"email9999\""));
    }

    @Test
    void threeThousandClassesWriteAllThreeReports() throws Exception {
        for (int i = 0; i < 3_000; i++) {
            write("src/p/Customer" + i + ".java", "package p;\npublic class Customer" + i + " {\n    private String email;\n"
                    + "    private String phoneNumber;\n    private String firstName;\n}\n");
        }

        Run run = lawful(HEAP, "scan", "--format", "json,html,sarif", "src");

        assertEquals(1, run.exit(), run::toString);
        assertNoTrace(run);
        assertTrue(run.out().contains("9000 errors"), run::toString);
        String html = report("lawful.html");
        assertTrue(html.contains("p.Customer2999") && html.endsWith("</html>\n"), "the page is whole");
        assertTrue(report("lawful.json").contains("\"class\" : \"p.Customer2999\""));
        assertTrue(report("lawful.sarif").contains("p.Customer2999#firstName"));
        assertEquals(List.of("lawful.html", "lawful.json", "lawful.sarif"), reportFolder());
    }

    private static void assertNoTrace(Run run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in thread"), run::toString);
    }

    private List<String> reportFolder() {
        try (Stream<Path> files = Files.list(project.resolve("lawful-report"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String report(String name) throws IOException {
        return Files.readString(project.resolve("lawful-report").resolve(name));
    }

    private void writeClass(String relative, String name, int fields) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("package p;\npublic class " + name + " {\n");
            for (int i = 0; i < fields; i++) {
                out.write("    private String email" + i + ";\n");
            }
            out.write("}\n");
        }
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Runs the CLI in a new JVM with the given heap, in the project folder. */
    private Run lawful(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = project.resolve("out.txt");
        Path err = project.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(project.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("lawful did not finish in 5 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }
}
