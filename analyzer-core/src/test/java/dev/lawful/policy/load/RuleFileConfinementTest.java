package dev.lawful.policy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files are read only from the project folder and the folders the user allows:
 * {@code ../}, absolute paths and symbolic links cannot lead elsewhere, and a file that is not
 * a rule file is never quoted in a message.
 */
class RuleFileConfinementTest {

    private static final String HINT = "pass --allow-rules-from %s";
    private static final String SECRET = "hunter2-s3cr3t";

    @TempDir
    Path dir;

    private Path project;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        outside = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(outside.resolve("base.yaml"), "lawful: 1\nid: shared-base\n");
    }

    private Path ruleFile(String extendsRef) throws IOException {
        return Files.writeString(project.resolve("lawful.yaml"), "lawful: 1\nid: mine\nextends: " + extendsRef + "\n");
    }

    private Policy load(RuleFolders folders) throws ConfigurationException {
        return new PolicyLoader(getClass().getClassLoader(), project, folders)
                .load(List.of(project.resolve("lawful.yaml").toString()));
    }

    private String refusal(RuleFolders folders) {
        return assertThrows(ConfigurationException.class, () -> load(folders)).getMessage();
    }

    private RuleFolders allowing(Path folder) {
        return new RuleFolders(List.of(folder), HINT);
    }

    @Test
    void extendsOutsideTheProjectIsRefusedAndTheMessageSaysHowToAllowIt() throws IOException {
        ruleFile("../shared/base.yaml");

        String message = refusal(new RuleFolders(List.of(), HINT));

        assertEquals("lawful.yaml:3:10: extends '../shared/base.yaml' (../shared/base.yaml): lies outside the project folder and the folders allowed for rule files, so it is not read;"
                + " to read rule files from there, pass --allow-rules-from " + outside.toRealPath(), message);
    }

    @Test
    void anAllowedFolderIsReadAndComposed() throws Exception {
        ruleFile("../shared/base.yaml");

        Policy policy = load(allowing(outside));

        assertEquals("mine", policy.id());
        assertEquals(2, policy.files().size(), policy.files()::toString);
    }

    @Test
    void aRuleFileNamedDirectlyOutsideTheProjectIsRefusedToo() {
        String message = assertThrows(ConfigurationException.class,
                () -> new PolicyLoader(getClass().getClassLoader(), project, new RuleFolders(List.of(), HINT))
                        .load(List.of(outside.resolve("base.yaml").toString()))).getMessage();

        assertTrue(message.startsWith("rule file '" + outside.resolve("base.yaml") + "': lies outside"), message);
    }

    @Test
    void dotDotThatStaysInsideTheProjectIsRead() throws Exception {
        Files.createDirectories(project.resolve("rules"));
        Files.writeString(project.resolve("rules/base.yaml"), "lawful: 1\nid: inner-base\n");
        ruleFile("rules/../rules/./base.yaml");

        assertEquals(2, load(RuleFolders.BASE_ONLY).files().size());
    }

    @Test
    void aSymbolicLinkOutOfTheProjectIsRefusedWithWhereItLeads() throws IOException {
        Files.createSymbolicLink(project.resolve("base.yaml"), outside.resolve("base.yaml"));
        ruleFile("base.yaml");

        String message = refusal(new RuleFolders(List.of(), HINT));

        assertTrue(message.contains("extends 'base.yaml' (base.yaml): leads through a symbolic link to "
                + outside.toRealPath().resolve("base.yaml") + ", which lies outside the project folder"), message);
    }

    @Test
    void aSymbolicLinkToAFolderOutsideCannotBeClimbedThrough() throws IOException {
        Files.createSymbolicLink(project.resolve("up"), dir);
        ruleFile("up/shared/base.yaml");

        assertTrue(refusal(RuleFolders.BASE_ONLY).contains("leads through a symbolic link"));
    }

    @Test
    void aTextFileThatIsNotARuleFileIsNamedButNeverQuoted() throws IOException {
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:" + SECRET + ":/root:/bin/bash\n");
        ruleFile("../shared/passwd");

        String message = refusal(allowing(outside));

        assertEquals("../shared/passwd: not a Lawful rule file: expected a map with 'lawful: 1' and the"
                + " keys of a rule file; nothing of its content is shown", message);
    }

    @Test
    void aKeyValueFileIsNotQuotedKeyByKey() throws IOException {
        Files.writeString(outside.resolve("app.properties"), "password: " + SECRET + "\nuser: admin\n");
        ruleFile("../shared/app.properties");

        String message = refusal(allowing(outside));

        assertFalse(message.contains(SECRET) || message.contains("password") || message.contains("admin"), message);
        assertTrue(message.contains("not a Lawful rule file"), message);
    }

    @Test
    void aYamlSyntaxErrorInAFileThatIsNotARuleFileGivesOnlyItsPosition() throws IOException {
        Files.writeString(outside.resolve("key.pem"), "-----BEGIN KEY-----\n" + SECRET + ": [\n  {x: " + SECRET + "\n");
        ruleFile("../shared/key.pem");

        String message = refusal(allowing(outside));

        assertFalse(message.contains(SECRET), message);
        assertTrue(message.startsWith("../shared/key.pem:2:15: not readable as YAML, and no 'lawful: 1'"),
                message);
    }

    @Test
    void aRuleFileWithASyntaxErrorStillGetsTheWholeDescription() throws IOException {
        Files.writeString(project.resolve("lawful.yaml"), "lawful: 1\nid: mine\npurposes:\n  - id: a\n name: b\n");

        assertTrue(refusal(RuleFolders.BASE_ONLY).startsWith("lawful.yaml:5:2: malformed YAML: "));
    }

    @Test
    void aDeviceIsNotARegularFileRatherThanMissing() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "this machine has no /dev/zero");
        ruleFile("/dev/zero");

        String message = refusal(allowing(Path.of("/dev")));

        assertEquals("lawful.yaml:3:10: extends '/dev/zero' (/dev/zero): is not a regular file (a device, pipe or"
                + " socket), so it is not read as a rule file", message);
    }

    @Test
    void aPipeInTheProjectIsNotReadAndDoesNotHang() throws Exception {
        Path fifo = project.resolve("base.yaml");
        assumeTrue(makeFifo(fifo), "mkfifo is not available on this machine");
        ruleFile("base.yaml");

        assertTrue(refusal(RuleFolders.BASE_ONLY).contains("(base.yaml): is not a regular file"));
    }

    @Test
    void aFolderIsNotARuleFile() throws IOException {
        ruleFile("../shared");

        assertTrue(refusal(allowing(outside)).endsWith("is a directory, not a rule file"));
    }

    @Test
    void aMissingFileInsideTheProjectIsStillNoSuchRuleFile() throws IOException {
        ruleFile("nowhere.yaml");

        assertTrue(refusal(RuleFolders.BASE_ONLY).endsWith("(nowhere.yaml): no such rule file"));
    }

    @Test
    void aListOfAliasesThatEachFailTheSameWayIsOneProblem() throws IOException {
        Files.writeString(project.resolve("lawful.yaml"), "lawful: 1\nid: mine\nname: &right bogus\n"
                + "rights: [*right, *right, *right, *right, *right, *right, *right, *right, *right, *right]\n"
                + "sources: [web]\n");

        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> load(RuleFolders.BASE_ONLY));

        assertEquals(1, refused.problems().size(), refused::getMessage);
        String message = refused.getMessage();
        assertTrue(message.startsWith("lawful.yaml:3:7: unknown right 'bogus' in 'rights'"), message);
        assertTrue(message.endsWith("(10 times, through aliases to this node)"), message);
    }

    private static boolean makeFifo(Path fifo) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
