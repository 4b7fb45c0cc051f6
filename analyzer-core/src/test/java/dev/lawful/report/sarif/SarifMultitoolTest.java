package dev.lawful.report.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lawful.report.ExternalTool;
import dev.lawful.report.ReportFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates the SARIF output with a real consumer: Microsoft's SARIF Multitool, with the
 * rules GitHub code scanning applies at upload ({@code --rule-kind "Gh;Sarif"}). The tool is
 * taken from the PATH, or installed from npm into ~/.cache/lawful-test-tools when missing
 * (.ci/install-test-tools.sh does the same); see {@link #multitool()}.
 */
class SarifMultitoolTest {

    static final String VERSION = "5.7.0";
    private static final String INSTALL = "on Debian: apt-get install nodejs npm (.ci/install-test-tools.sh)";
    private static final Path TOOLS = Path.of(System.getProperty("user.home"), ".cache", "lawful-test-tools");

    @TempDir
    Path work;

    @Test
    void githubIngestionRulesAndSarifRulesFindNoErrorOrWarning() throws Exception {
        Path log = work.resolve("lawful.sarif");
        Files.writeString(log, SarifWriterTest.sarif(ReportFixture.webshop()), StandardCharsets.UTF_8);
        Path report = work.resolve("validation.sarif");

        String output = run(List.of(multitool().toString(), "validate", "--rule-kind", "Gh;Sarif",
                "--output", report.toString(), log.toString()));

        assertTrue(Files.exists(report), "the multitool wrote no validation log:\n" + output);
        JsonNode lawful = new ObjectMapper().readTree(log.toFile()).path("runs").get(0);
        List<String> problems = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(report.toFile()).path("runs").get(0).path("results")) {
            String level = result.path("level").asText("warning");
            if ((level.equals("error") || level.equals("warning")) && !isBytecodeWithoutLine(result, lawful)) {
                problems.add(level + " " + result.path("ruleId").asText() + ": " + result.path("message"));
            }
        }
        assertEquals(List.of(), problems, output);
    }

    /**
     * A field read from a class file has no source line, so its result has no region; the
     * multitool warns (SARIF2017) and GitHub shows the alert on the file. That is the one
     * warning accepted, and only for such results.
     */
    private static boolean isBytecodeWithoutLine(JsonNode validation, JsonNode lawfulRun) {
        if (!validation.path("ruleId").asText().equals("SARIF2017")) {
            return false;
        }
        String path = validation.path("message").path("arguments").get(0).asText();
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("^runs\\[0]\\.results\\[(\\d+)]").matcher(path);
        if (!index.find()) {
            return false;
        }
        JsonNode flagged = lawfulRun.path("results").get(Integer.parseInt(index.group(1)));
        return flagged.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
                .asText().endsWith(".class");
    }

    @Test
    void theValidatorDoesReportAProblemGitHubWouldReject() throws Exception {
        Path log = work.resolve("no-rules.sarif");
        Files.writeString(log, SarifWriterTest.sarif(ReportFixture.webshop())
                .replaceFirst("\"rules\" : \\[", "\"x-rules\" : ["), StandardCharsets.UTF_8);
        Path report = work.resolve("validation.sarif");

        run(List.of(multitool().toString(), "validate", "--rule-kind", "Gh;Sarif", "--output", report.toString(),
                log.toString()));

        assertFalse(new ObjectMapper().readTree(report.toFile()).path("runs").get(0).path("results").isEmpty());
    }

    /**
     * The multitool: {@code sarif-multitool} on the PATH, else the native executable of the
     * package in ~/.cache/lawful-test-tools, installed there with npm when missing (located
     * with node). Without the tool, nor node and npm to install it, the test is skipped,
     * except under CI.
     */
    private static Path multitool() throws Exception {
        Optional<Path> onPath = ExternalTool.find(List.of("sarif-multitool"));
        if (onPath.isPresent()) {
            return onPath.get();
        }
        Path node = ExternalTool.require("Node.js", INSTALL, List.of("node", "nodejs"));
        Path packageDir = TOOLS.resolve("node_modules/@microsoft/sarif-multitool");
        if (!Files.isDirectory(packageDir)) {
            Path npm = ExternalTool.require("npm", INSTALL, List.of("npm"));
            Files.createDirectories(TOOLS);
            run(List.of(npm.toString(), "install", "--no-audit", "--no-fund", "--prefix", TOOLS.toString(),
                    "@microsoft/sarif-multitool@" + VERSION));
        }
        String executable = run(List.of(node.toString(), "-p", "require(process.argv[1])", packageDir.toString())).strip();
        Path path = Path.of(executable);
        assertTrue(Files.isRegularFile(path), "no multitool executable at " + executable);
        path.toFile().setExecutable(true);
        return path;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "timed out: " + command);
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), command + " failed:\n" + text);
        return text;
    }
}
