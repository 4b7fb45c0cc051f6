package dev.lawful.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final Path SHOP = Path.of("../analyzer-core/src/test/resources/checks/shop");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int lawful(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void findingsAtTheFailLevelExitWithOne() {
        int exit = lawful("scan", "--policy", SHOP.resolve("lawful.yaml").toString(), SHOP.resolve("src").toString());

        assertEquals(1, exit, err::toString);
        assertTrue(out.toString().contains("personal-data-undeclared"), out::toString);
        assertTrue(out.toString().contains("FAILED"), out::toString);
    }

    @Test
    void failOnNeverExitsCleanWithTheSameFindings() {
        int exit = lawful("scan", "--fail-on", "never", "--policy", SHOP.resolve("lawful.yaml").toString(),
                SHOP.resolve("src").toString());

        assertEquals(0, exit, err::toString);
        assertTrue(out.toString().contains("personal-data-undeclared"), out::toString);
    }

    @Test
    void withoutAPolicyEveryPersonalFieldIsUndeclared() {
        int exit = lawful("scan", SHOP.resolve("src/com/shop/catalog").toString(), SHOP.resolve("src/com/shop/order").toString());

        assertEquals(1, exit, err::toString);
        assertTrue(out.toString().contains("policy gdpr"), out::toString);
        assertTrue(out.toString().contains("lastName holds personal data"), out::toString);
    }

    @Test
    void aBaselineAcceptsTodaysFindingsAndFailsOnNewOnes(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("lawful-baseline.json");
        String policy = SHOP.resolve("lawful.yaml").toString();
        String order = SHOP.resolve("src/com/shop/order").toString();

        assertEquals(2, lawful("scan", "--policy", policy, "--baseline", baseline.toString(), order), out::toString);
        assertTrue(err.toString().contains("no such baseline file"), err::toString);

        assertEquals(0, lawful("scan", "--update-baseline", "--baseline", baseline.toString(), "--policy", policy, order),
                err::toString);
        assertTrue(Files.readString(baseline).contains("\"lawfulBaseline\""));

        out.getBuffer().setLength(0);
        assertEquals(0, lawful("scan", "--baseline", baseline.toString(), "--policy", policy, order), out::toString);
        assertTrue(out.toString().contains(" 0 new, "), out::toString);

        int withNewCode = lawful("scan", "--baseline", baseline.toString(), "--policy", policy, order,
                SHOP.resolve("src/com/shop/customer").toString());
        assertEquals(1, withNewCode, out::toString);
    }

    @Test
    void excludedSourcesAreNotScannedAndAnUnknownEncodingIsAUsageError() {
        String policy = SHOP.resolve("lawful.yaml").toString();
        assertEquals(1, lawful("scan", "--policy", policy, SHOP.resolve("src").toString()));
        assertTrue(out.toString().contains("com/shop/customer/"), out::toString);

        out.getBuffer().setLength(0);
        lawful("scan", "--policy", policy, "--exclude", "com/shop/customer/**", "--encoding", "ISO-8859-1",
                SHOP.resolve("src").toString());
        assertFalse(out.toString().contains("com/shop/customer/"), out::toString);

        assertEquals(2, lawful("scan", "--encoding", "klingon-8", SHOP.resolve("src").toString()));
        assertTrue(err.toString().contains("--encoding klingon-8 is not an encoding"), err::toString);
    }

    @Test
    void initWritesAStartingRuleFileThatFailsValidationUntilTheTodosAreFilled(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("lawful.yaml");
        String order = SHOP.resolve("src/com/shop/order").toString();

        assertEquals(0, lawful("init", "--output", rules.toString(), "--id", "shop", order), err::toString);
        String text = Files.readString(rules);
        assertTrue(text.contains("id: shop\nextends: builtin:gdpr"), text);
        assertTrue(text.contains("classes: [com.shop.order.Invoice]"), text);
        assertTrue(text.contains("legalBasis: TODO"), text);

        assertEquals(2, lawful("validate", rules.toString()));
        assertTrue(err.toString().contains("TODO"), err::toString);
        assertEquals(2, lawful("init", "--output", rules.toString(), order), "does not overwrite");
    }

    @Test
    void jsonReportIsByteIdenticalAcrossRuns(@TempDir Path dir) throws Exception {
        String[] args = {"scan", "-q", "--format", "json", "--fail-on", "never", "--base-dir", SHOP.toString(),
            "--policy", SHOP.resolve("lawful.yaml").toString(), SHOP.resolve("src").toString()};
        assertEquals(0, lawful(concat(args, "--output", dir.resolve("a").toString())));
        assertEquals(0, lawful(concat(args, "--output", dir.resolve("b").toString())));

        String first = Files.readString(dir.resolve("a/lawful.json"));
        assertEquals(first, Files.readString(dir.resolve("b/lawful.json")));
        assertTrue(first.contains("\"file\" : \"src/com/shop/order/Invoice.java\""), first);
        assertEquals("", out.toString(), "--quiet prints nothing");
    }

    @Test
    void aMalformedRuleFileIsAConfigurationErrorWithItsPosition() {
        int exit = lawful("scan", "--policy", "src/test/resources/bad/typo.yaml", SHOP.resolve("src").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("src/test/resources/bad/typo.yaml:7:5"), err::toString);
        assertTrue(err.toString().contains("legalBases"), "suggests the right key: " + err);
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void aMissingSourceFolderIsAConfigurationError() {
        int exit = lawful("scan", "no/such/folder");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("no/such/folder does not exist"), err::toString);
    }

    @Test
    void anUnknownFormatNamesTheValidOnes() {
        int exit = lawful("scan", "--format", "jsn", SHOP.resolve("src").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("unknown report format \"jsn\""), err::toString);
        assertTrue(err.toString().contains("did you mean 'json'"), err::toString);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, lawful("scan", "--fail-on", "banana", "src"));
        assertTrue(err.toString().contains("banana"), err::toString);
        assertEquals(2, lawful("frobnicate"));
        assertEquals(2, lawful("scan"));
    }

    @Test
    void aUsageErrorIsOneLineAndWhereTheHelpIsNotTheWholeUsage() {
        assertEquals(2, lawful("scan", "--fail-on", "WARNIG", SHOP.resolve("src").toString()));

        assertEquals(java.util.List.of(
                "lawful: Invalid value for option '--fail-on': expected error, warning, note or never, found 'WARNIG'",
                "Try 'lawful scan --help' for the options."), err.toString().lines().toList());
    }

    @Test
    void aSourceRootThatIsAFileButNotJavaIsAConfigurationError() {
        int exit = lawful("scan", "../pom.xml");

        assertEquals(2, exit, out::toString);
        assertEquals("lawful: source root ../pom.xml is a file, not a folder of Java sources (nor a .java file)",
                err.toString().strip());
    }

    @Test
    void anOutputThatIsAFileIsAUsageErrorBeforeAnythingIsScanned(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("report"), "keep me");

        int exit = lawful("scan", "--format", "json", "--output", file.toString(), SHOP.resolve("src").toString());

        assertEquals(2, exit, out::toString);
        assertTrue(err.toString().startsWith("lawful: --output " + file + " is a file"), err::toString);
        assertEquals("", out.toString());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void aBaseDirThatDoesNotContainTheSourcesIsAUsageErrorNotAbsolutePathsInReports(@TempDir Path dir) {
        int exit = lawful("scan", "--base-dir", dir.toString(), SHOP.resolve("src").toString());

        assertEquals(2, exit, out::toString);
        assertTrue(err.toString().startsWith("lawful: --base-dir " + dir + " does not contain " + SHOP.resolve("src")),
                err::toString);
    }

    @Test
    void aNegativeThreadCountIsAUsageErrorNotAnInternalOne() {
        assertEquals(2, lawful("scan", "--threads", "-3", SHOP.resolve("src").toString()));
        assertTrue(err.toString().startsWith("lawful: --threads must be 0"), err::toString);
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void withoutTheTextFormatTheCountsAreStillPrinted(@TempDir Path dir) {
        int exit = lawful("scan", "--format", "json", "--output", dir.toString(), "--policy",
                SHOP.resolve("lawful.yaml").toString(), SHOP.resolve("src").toString());

        assertEquals(1, exit, err::toString);
        assertTrue(out.toString().matches("(?s).*\\d+ errors?, \\d+ warnings?, \\d+ notes?\\.\\RFAILED.*"), out::toString);
    }

    @Test
    void aFolderWithoutJavaFilesIsCleanButSaysNothingWasAnalysed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.txt"), "no code here");

        assertEquals(0, lawful("scan", dir.toString()));
        assertEquals("lawful: warning: no .java file or class file found in " + dir + "; nothing was analysed",
                err.toString().strip());
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, lawful("--version"));
        assertTrue(out.toString().startsWith("lawful "), out::toString);
        assertEquals(0, lawful("scan", "--help"));
        assertTrue(out.toString().contains("--fail-on"), out::toString);
    }

    @Test
    void validateLoadsTheBundledPolicies() {
        assertEquals(0, lawful("validate", "--fail-on", "never", "builtin:jalonom"));
        assertTrue(out.toString().contains("builtin:gdpr > builtin:jalonom"), out::toString);
        assertTrue(out.toString().contains("policy-complaint-right-missing"), "reports the policy's gaps: " + out);
    }

    @Test
    void explainSaysWhyAFieldIsPersonal() {
        int exit = lawful("explain", "--policy", SHOP.resolve("lawful.yaml").toString(), "Visit#diagnosis",
                SHOP.resolve("src").toString());

        assertEquals(0, exit, err::toString);
        assertTrue(out.toString().contains("com.shop.clinic.Visit#diagnosis"), out::toString);
        assertTrue(out.toString().contains("user.health_and_medical"), out::toString);
        assertTrue(out.toString().contains("declaration: none"), out::toString);
    }

    @Test
    void explainSaysWhetherTheClassOrTheFieldIsMissing() {
        String src = SHOP.resolve("src").toString();

        assertEquals(2, lawful("explain", "NoSuchClass", src));
        assertEquals("lawful: no class NoSuchClass with fields in the scanned code", err.toString().strip());

        err.getBuffer().setLength(0);
        assertEquals(2, lawful("explain", "Visit#diagnos", src));
        assertTrue(err.toString().startsWith("lawful: no field Visit#diagnos; the fields are: "), err::toString);
        assertTrue(err.toString().contains("com.shop.clinic.Visit#diagnosis"), err::toString);
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
