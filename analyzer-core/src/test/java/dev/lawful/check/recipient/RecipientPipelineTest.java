package dev.lawful.check.recipient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.Analyzer;
import dev.lawful.AnalyzerConfig;
import dev.lawful.ExpectedFindings;
import dev.lawful.Result;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.recipient.RecipientUse.How;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.bytecode.CompiledFixtures;
import dev.lawful.scan.bytecode.Dependency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over a built application: its sources, its compiled classes (with
 * generated code that has no source), a shared model jar and two SDK jars, against the
 * policy in {@code checks/recipients/lawful.yaml}. The Java sources and the rule file say in
 * comments which recipient findings they must raise.
 */
class RecipientPipelineTest {

    private static final Path RULES = Path.of("src/test/resources/checks/recipients/lawful.yaml");
    private static final Set<String> RECIPIENT_RULES =
            Set.of("recipient-undeclared", "transfer-without-safeguard", "recipient-unused");

    @TempDir
    static Path temp;

    static Path project;
    static Result result;

    @BeforeAll
    static void buildAndAnalyse() throws Exception {
        project = Files.createDirectories(temp.resolve("project"));
        Path sources = project.resolve("src/main/java");
        copy(CompiledFixtures.fixture("app"), sources);
        Path repository = Files.createDirectories(temp.resolve("m2"));
        Path model = CompiledFixtures.jar(CompiledFixtures.compile("model", temp.resolve("model")),
                repository.resolve("acme-model-1.0.jar"), "com.acme:acme-model");
        Path stripe = CompiledFixtures.jar(CompiledFixtures.compile("sdk-stripe", temp.resolve("stripe")),
                repository.resolve("stripe-java-24.0.0.jar"), null);
        Path segment = CompiledFixtures.jar(CompiledFixtures.compile("sdk-segment", temp.resolve("segment")),
                repository.resolve("analytics-3.5.0.jar"), null);
        Path classes = CompiledFixtures.compile("app", project.resolve("target/classes"), model, stripe);
        CompiledFixtures.compile("generated", classes);

        AnalyzerConfig config = new AnalyzerConfig(project, List.of(sources), List.of(classes),
                List.of(new Dependency(model, "com.acme:acme-model"), new Dependency(stripe, "com.stripe:stripe-java"),
                        new Dependency(segment, null)),
                List.of("com.acme.model"), List.of(RULES.toAbsolutePath().toString()), 1);
        result = new Analyzer(config).run();
    }

    @Test
    void recipientFindingsInCodeAreExactlyThoseTheSourcesAnnounce() {
        Set<String> inCode = result.findings().stream()
                .filter(f -> RECIPIENT_RULES.contains(f.ruleId()) && f.file().endsWith(".java"))
                .map(f -> f.file() + ":" + f.line() + " " + f.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(ExpectedFindings.under(project, project.resolve("src/main/java")), inCode);
    }

    @Test
    void recipientFindingsInTheRuleFileAreThoseItAnnounces() throws IOException {
        Set<String> inRules = result.findings().stream()
                .filter(f -> f.file().endsWith("lawful.yaml"))
                .filter(f -> RECIPIENT_RULES.contains(f.ruleId()) || f.ruleId().equals("policy-transfer-without-safeguard"))
                .map(f -> f.line() + " " + f.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(announcedInYaml(), inRules);
    }

    @Test
    void aTransferWithoutSafeguardIsPlacedAtTheDependencyThatMakesIt() {
        List<String> transfers = result.findings().stream()
                .filter(f -> f.ruleId().equals("transfer-without-safeguard"))
                .map(f -> f.file() + " " + f.message())
                .toList();

        assertEquals(1, transfers.size(), transfers::toString);
        assertTrue(transfers.get(0).startsWith("analytics-3.5.0.jar The build sends data to"), transfers::toString);
    }

    @Test
    void usesComeFromSourcesJarsAndCoordinates() {
        List<RecipientUse> uses = result.recipientUses();

        assertTrue(uses.contains(new RecipientUse("stripe", How.MAVEN, "com.stripe:stripe-java", "stripe-java-24.0.0.jar", 0)));
        assertTrue(uses.contains(new RecipientUse("stripe", How.PACKAGE, "com.stripe.Stripe",
                "src/main/java/com/acme/shop/PaymentService.java", 3)));
        assertTrue(uses.contains(new RecipientUse("segment", How.PACKAGE, "com.segment.analytics", "analytics-3.5.0.jar", 0)));
        assertTrue(uses.stream().noneMatch(use -> use.file().endsWith(".class")),
                "the application's classes have source, so their bytecode evidence is not repeated: " + uses);
    }

    @Test
    void fieldsOnlyInBytecodeAreInTheInventoryWithTheirClassFile() {
        CodeElement dtoEmail = element("com.acme.api.CustomerDto#email");
        CodeElement modelEmail = element("com.acme.model.Customer#email");

        assertEquals(Origin.BYTECODE, dtoEmail.origin());
        assertEquals("target/classes/com/acme/api/CustomerDto.class", dtoEmail.file());
        assertEquals("acme-model-1.0.jar!/com/acme/model/Customer.class", modelEmail.file());
        assertEquals("user.contact.email", entry("com.acme.api.CustomerDto#email").classification().primaryCategory());
    }

    @Test
    void aClassWithSourceIsInventoriedOnceFromSource() {
        List<InventoryEntry> order = result.inventory().stream()
                .filter(e -> e.element().className().equals("com.acme.shop.Order"))
                .toList();

        assertTrue(order.stream().allMatch(e -> e.element().origin() == Origin.SOURCE), order::toString);
        assertEquals(order.size(), order.stream().map(e -> e.element().id()).distinct().count());
        assertTrue(result.stats().classFiles() > 0);
    }

    private static CodeElement element(String id) {
        return entry(id).element();
    }

    private static InventoryEntry entry(String id) {
        return result.inventory().stream().filter(e -> e.element().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in the inventory"));
    }

    /** "line rule" for each {@code # lawful: finding rule} comment: the entry on the next line. */
    private static Set<String> announcedInYaml() throws IOException {
        List<String> lines = Files.readAllLines(RULES);
        Set<String> announced = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("# lawful: finding ")) {
                String rule = line.substring("# lawful: finding ".length()).split("\\s")[0];
                announced.add((i + 2) + " " + rule);
            }
        }
        return announced;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
