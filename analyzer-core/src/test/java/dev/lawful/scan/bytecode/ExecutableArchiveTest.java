package dev.lawful.scan.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.recipient.PolicyFixture;
import dev.lawful.recipient.RecipientDetector;
import dev.lawful.recipient.RecipientUse.How;
import dev.lawful.recipient.RecipientUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.TypeInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An executable Spring Boot jar and a WAR given as the user's classes: the classes folder is
 * the user's code, the nested jars are its dependencies, and every location names the archive.
 * Both archives hold the same application: its classes (generated {@code CustomerDto}, and
 * {@code PaymentService}, which uses Stripe), a model jar, the Stripe SDK with its
 * {@code pom.properties}, the Segment SDK without one, and a nested jar that is not a zip.
 */
class ExecutableArchiveTest {

    private static final String BOOT_JAR = "app.jar";
    private static final String WAR = "shop.war";

    @TempDir
    static Path temp;

    static Path project;
    static Map<String, String> classesFolder = Map.of(BOOT_JAR, "BOOT-INF/classes", WAR, "WEB-INF/classes");
    static Map<String, String> libFolder = Map.of(BOOT_JAR, "BOOT-INF/lib", WAR, "WEB-INF/lib");

    @BeforeAll
    static void buildArchives() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        Path model = CompiledFixtures.jar(CompiledFixtures.compile("model", temp.resolve("model-classes")),
                temp.resolve("acme-model-1.0.jar"), "com.acme:acme-model");
        Path stripe = CompiledFixtures.jar(CompiledFixtures.compile("sdk-stripe", temp.resolve("stripe-classes")),
                temp.resolve("stripe-java-24.0.0.jar"), "com.stripe:stripe-java");
        Path segmentClasses = CompiledFixtures.compile("sdk-segment", temp.resolve("segment-classes"));
        Path segment = CompiledFixtures.jar(segmentClasses, temp.resolve("analytics-3.5.0.jar"), null);
        Path classes = CompiledFixtures.compile("app", temp.resolve("app-classes"), model, stripe);
        CompiledFixtures.compile("generated", classes);

        Map<String, byte[]> boot = new LinkedHashMap<>();
        // The launcher's classes lie at the root of a Boot jar; they are not the user's. A stand-in:
        boot.putAll(CompiledFixtures.entriesUnder("", segmentClasses));
        boot.putAll(CompiledFixtures.entriesUnder("BOOT-INF/classes/", classes));
        boot.putAll(libraries("BOOT-INF/lib/", model, stripe, segment));
        CompiledFixtures.archive(project.resolve(BOOT_JAR), Map.of(
                "Main-Class", "org.springframework.boot.loader.launch.JarLauncher",
                "Start-Class", "com.acme.shop.Application",
                "Spring-Boot-Classes", "BOOT-INF/classes/",
                "Spring-Boot-Lib", "BOOT-INF/lib/"), boot);

        Map<String, byte[]> war = new LinkedHashMap<>();
        war.put("index.html", "<html></html>".getBytes(StandardCharsets.UTF_8));
        war.putAll(CompiledFixtures.entriesUnder("WEB-INF/classes/", classes));
        war.putAll(libraries("WEB-INF/lib/", model, stripe, segment));
        CompiledFixtures.archive(project.resolve(WAR), Map.of(), war);
    }

    private static Map<String, byte[]> libraries(String folder, Path... jars) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Path jar : jars) {
            entries.put(folder + jar.getFileName(), Files.readAllBytes(jar));
        }
        entries.put(folder + "broken-1.0.jar", "not a zip".getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static BytecodeScan scan(String archive) {
        return new BytecodeScanner(1).scan(project, List.of(project.resolve(archive)), List.of(), List.of("com.acme.model"));
    }

    @ParameterizedTest
    @ValueSource(strings = {BOOT_JAR, WAR})
    void theClassesFolderIsTheUsersOwnCode(String archive) {
        BytecodeScan scan = scan(archive);

        CodeElement email = BytecodeScannerTest.field(BytecodeScannerTest.type(scan, "com.acme.api.CustomerDto"), "email");
        assertEquals(Origin.BYTECODE, email.origin());
        assertEquals(archive + "!/" + classesFolder.get(archive) + "/com/acme/api/CustomerDto.class", email.file());
        assertEquals(List.of("deliveryAddress", "customer", "id", "total").stream().sorted().toList(),
                BytecodeScannerTest.names(BytecodeScannerTest.type(scan, "com.acme.shop.Order")).stream().sorted().toList());
        assertTrue(scan.types().stream().noneMatch(type -> type.qualifiedName().startsWith("com.segment")),
                "classes outside the classes folder, and dependencies outside the model packages, are not the user's");
    }

    @ParameterizedTest
    @ValueSource(strings = {BOOT_JAR, WAR})
    void nestedJarsAreDependenciesWhoseModelPackagesAreRead(String archive) {
        BytecodeScan scan = scan(archive);
        String lib = archive + "!/" + libFolder.get(archive) + "/";

        CodeElement email = BytecodeScannerTest.field(BytecodeScannerTest.type(scan, "com.acme.model.Customer"), "email");
        assertEquals(lib + "acme-model-1.0.jar!/com/acme/model/Customer.class", email.file());
        assertTrue(scan.types().stream().map(TypeInfo::qualifiedName).noneMatch(name -> name.startsWith("com.acme.internal")));
        assertEquals(List.of(
                        new ClasspathEntry(archive + "!/" + classesFolder.get(archive), false, List.of(),
                                List.of("com.acme.api", "com.acme.shop")),
                        new ClasspathEntry(lib + "acme-model-1.0.jar", true, List.of("com.acme:acme-model"),
                                List.of("com.acme.internal", "com.acme.model")),
                        new ClasspathEntry(lib + "analytics-3.5.0.jar", true, List.of(), List.of("com.segment.analytics")),
                        new ClasspathEntry(lib + "broken-1.0.jar", true, List.of(), List.of()),
                        new ClasspathEntry(lib + "stripe-java-24.0.0.jar", true, List.of("com.stripe:stripe-java"),
                                List.of("com.stripe", "com.stripe.model"))),
                scan.entries());
    }

    @ParameterizedTest
    @ValueSource(strings = {BOOT_JAR, WAR})
    void recipientsAreFoundInNestedJarsByCoordinatesAndPackages(String archive) {
        String lib = archive + "!/" + libFolder.get(archive) + "/";
        String payment = archive + "!/" + classesFolder.get(archive) + "/com/acme/shop/PaymentService.class";

        List<RecipientUse> uses = new RecipientDetector(PolicyFixture.policy(PolicyFixture.TAXONOMY, List.of()))
                .detect(List.of(), scan(archive));

        assertEquals(List.of(
                        new RecipientUse("google-analytics", How.HOST, "www.google-analytics.com", payment, 0),
                        new RecipientUse("segment", How.PACKAGE, "com.segment.analytics", lib + "analytics-3.5.0.jar", 0),
                        new RecipientUse("stripe", How.MAVEN, "com.stripe:stripe-java", lib + "stripe-java-24.0.0.jar", 0),
                        new RecipientUse("stripe", How.PACKAGE, "com.stripe.Stripe", payment, 0),
                        new RecipientUse("stripe", How.PACKAGE, "com.stripe.model.Charge", payment, 0),
                        new RecipientUse("stripe", How.PACKAGE, "com.stripe", lib + "stripe-java-24.0.0.jar", 0)),
                uses);
    }

    @ParameterizedTest
    @ValueSource(strings = {BOOT_JAR, WAR})
    void aCorruptNestedJarIsReportedAndTheScanGoesOn(String archive) {
        List<ParseProblem> problems = scan(archive).problems();

        assertEquals(List.of(archive + "!/" + libFolder.get(archive) + "/broken-1.0.jar"),
                problems.stream().map(ParseProblem::file).toList());
        assertTrue(problems.get(0).message().startsWith("not a jar or zip file"), problems.get(0)::message);
    }

    @ParameterizedTest
    @ValueSource(strings = {BOOT_JAR, WAR})
    void theSameArchiveGivesTheSameResultAndLeavesNoUnpackedFiles(String archive) throws IOException {
        Set<Path> before = scratchFolders();

        BytecodeScan first = scan(archive);

        assertEquals(before, scratchFolders());
        assertEquals(first, scan(archive));
    }

    @Test
    void anEntryNamedToLeaveTheArchiveIsNotWrittenOutside() throws IOException {
        String escape = "lawful-escape-" + System.nanoTime() + ".class";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("BOOT-INF/classes/../../../../../" + escape, new byte[] {1});
        entries.put("BOOT-INF/lib/../../../../../" + escape.replace(".class", ".jar"), new byte[] {1});
        CompiledFixtures.archive(project.resolve("escape.jar"), Map.of(), entries);

        BytecodeScan scan = new BytecodeScanner(1).scan(project, List.of(project.resolve("escape.jar")), List.of(), List.of());

        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        assertTrue(Files.notExists(tmp.resolve(escape)) && Files.notExists(tmp.getParent().resolve(escape)));
        assertEquals(List.of(new ClasspathEntry("escape.jar!/BOOT-INF/classes", false, List.of(), List.of())), scan.entries());
    }

    private static Set<Path> scratchFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("lawful-archives")).collect(Collectors.toSet());
        }
    }
}
