package dev.lawful.scan.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.TypeInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BytecodeScannerTest {

    @TempDir
    static Path temp;

    static Path project;
    static Path repository;
    static Path modelJar;
    static Path stripeJar;
    static Path segmentJar;
    static BytecodeScan scan;

    @BeforeAll
    static void buildAndScan() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        repository = Files.createDirectories(temp.resolve("m2"));
        modelJar = CompiledFixtures.jar(CompiledFixtures.compile("model", temp.resolve("model-classes")),
                repository.resolve("acme-model-1.0.jar"), "com.acme:acme-model");
        stripeJar = CompiledFixtures.jar(CompiledFixtures.compile("sdk-stripe", temp.resolve("stripe-classes")),
                repository.resolve("stripe-java-24.0.0.jar"), "com.stripe:stripe-java");
        segmentJar = CompiledFixtures.jar(CompiledFixtures.compile("sdk-segment", temp.resolve("segment-classes")),
                repository.resolve("analytics-3.5.0.jar"), null);
        Path classes = project.resolve("target/classes");
        CompiledFixtures.compile("app", classes, modelJar, stripeJar);
        CompiledFixtures.compile("generated", classes);
        scan = scanProject(List.of(classes));
    }

    private static BytecodeScan scanProject(List<Path> classes) {
        return new BytecodeScanner(2).scan(project, classes, List.of(
                        new Dependency(modelJar, "com.acme:acme-model"),
                        new Dependency(stripeJar, null),
                        new Dependency(segmentJar, null)),
                List.of("com.acme.model"));
    }

    @Test
    void generatedClassesWithoutSourceAreReadFromTheOutputFolder() {
        TypeInfo dto = type(scan, "com.acme.api.CustomerDto");

        assertEquals(List.of("firstName", "lastName", "email"), names(dto));
        CodeElement email = field(dto, "email");
        assertEquals(Origin.BYTECODE, email.origin());
        assertEquals("target/classes/com/acme/api/CustomerDto.class", email.file());
        assertEquals(0, email.line());
        assertEquals("java.lang.String", email.type());
        assertEquals("com.acme.api.CustomerDto#email", email.id());
    }

    @Test
    void modelClassesOfADependencyAreReadOnlyInTheNamedPackages() {
        CodeElement email = field(type(scan, "com.acme.model.Customer"), "email");

        assertEquals("acme-model-1.0.jar!/com/acme/model/Customer.class", email.file());
        assertTrue(find(scan, "com.acme.internal.AuditEntry").isEmpty(), "outside the named package");
        assertTrue(find(scan, "com.stripe.Stripe").isEmpty(), "a dependency outside the named packages");
        assertTrue(find(scan, "com.segment.analytics.Analytics").isEmpty());
    }

    @Test
    void compilerMadeFieldsAndEnumConstantsAreLeftOut() {
        assertEquals(List.of("TABLE", "email", "birthDate", "addresses", "scores", "phoneNumbers",
                        "preferredAddress", "nicknames", "onChange"),
                names(type(scan, "com.acme.model.Customer")));
        assertEquals(List.of("marketing"), names(type(scan, "com.acme.model.Customer.Consent")));
        assertEquals(List.of(), names(type(scan, "com.acme.model.Customer.Status")));
        assertTrue(scan.types().stream().noneMatch(t -> t.qualifiedName().contains("$")), "no anonymous or binary names");
    }

    @Test
    void fieldTypesAreInSourceFormFromTheGenericSignature() {
        TypeInfo customer = type(scan, "com.acme.model.Customer");

        assertEquals("java.time.LocalDate", field(customer, "birthDate").type());
        assertEquals("java.util.List<com.acme.model.Address>", field(customer, "addresses").type());
        assertEquals("java.util.Map<java.lang.String, ? extends java.lang.Number>", field(customer, "scores").type());
        assertEquals("java.lang.String[]", field(customer, "phoneNumbers").type());
        assertEquals("com.acme.model.Address.Kind", field(customer, "preferredAddress").type());
        assertEquals("java.util.List<java.lang.String>", field(customer, "nicknames").type(), "type annotations left out");
    }

    @Test
    void annotationsHaveSimpleNamesAndTheirWrittenValuesAsText() {
        TypeInfo customer = type(scan, "com.acme.model.Customer");

        assertEquals(Set.of(
                        new AnnotationUse("NotBlank", Map.of("message", "required")),
                        new AnnotationUse("Column", Map.of("name", "e_mail", "length", "320"))),
                Set.copyOf(field(customer, "email").annotations()));
        assertEquals(List.of(new AnnotationUse("Column", Map.of("aliases", "tel,mobile", "kind", "ElementType.METHOD"))),
                field(customer, "phoneNumbers").annotations());
        assertEquals(List.of(AnnotationUse.marker("Deprecated")), customer.annotations());
    }

    @Test
    void staticAndFinalFlagsAreKept() {
        TypeInfo customer = type(scan, "com.acme.model.Customer");

        assertTrue(field(customer, "TABLE").isConstant());
        CodeElement onChange = field(customer, "onChange");
        assertTrue(onChange.isFinal());
        assertFalse(onChange.isStatic());
        assertFalse(field(customer, "email").isFinal());
    }

    @Test
    void recordComponentsAreReportedAsSuch() {
        TypeInfo address = type(scan, "com.acme.model.Address");

        assertEquals(TypeInfo.Kind.RECORD, address.kind());
        assertEquals(List.of("street", "postalCode", "city", "NONE"), names(address));
        assertEquals(CodeElement.Kind.RECORD_COMPONENT, field(address, "postalCode").kind());
        assertEquals(List.of(new AnnotationUse("Column", Map.of("name", "zip"))), field(address, "postalCode").annotations());
        assertEquals("java.util.Optional<java.lang.String>", field(address, "city").type());
        assertEquals(CodeElement.Kind.FIELD, field(address, "NONE").kind());
    }

    @Test
    void typesKnowTheirKindNestingAndSupertypesAsSourceWouldWriteThem() {
        TypeInfo customer = type(scan, "com.acme.model.Customer");
        TypeInfo consent = type(scan, "com.acme.model.Customer.Consent");

        assertEquals(TypeInfo.Kind.CLASS, customer.kind());
        assertNull(customer.superclass(), "java.lang.Object is not written");
        assertEquals(List.of("java.io.Serializable", "java.lang.Comparable<com.acme.model.Customer>"), customer.interfaces());
        assertEquals("Consent", consent.simpleName());
        assertEquals(TypeInfo.Kind.ENUM, type(scan, "com.acme.model.Address.Kind").kind());
        assertEquals(TypeInfo.Kind.ANNOTATION, type(scan, "com.acme.model.Column").kind());
    }

    @Test
    void everyEntryIsListedWithItsCoordinatesAndPackages() {
        assertEquals(List.of(
                        new ClasspathEntry("target/classes", false, List.of(), List.of("com.acme.api", "com.acme.shop")),
                        new ClasspathEntry("acme-model-1.0.jar", true, List.of("com.acme:acme-model"),
                                List.of("com.acme.internal", "com.acme.model")),
                        new ClasspathEntry("stripe-java-24.0.0.jar", true, List.of("com.stripe:stripe-java"),
                                List.of("com.stripe", "com.stripe.model")),
                        new ClasspathEntry("analytics-3.5.0.jar", true, List.of(), List.of("com.segment.analytics"))),
                scan.entries());
    }

    @Test
    void ownClassFilesTellWhichClassesTheyUseAndWhichStringsTheyHold() {
        ClassFileEvidence payment = scan.classFiles().stream()
                .filter(evidence -> evidence.className().equals("com.acme.shop.PaymentService"))
                .findFirst()
                .orElseThrow();

        assertEquals("target/classes/com/acme/shop/PaymentService.class", payment.file());
        assertTrue(payment.referencedClasses().containsAll(List.of("com.stripe.Stripe", "com.stripe.model.Charge")),
                payment.referencedClasses()::toString);
        assertEquals(List.of("https://www.google-analytics.com/collect?v=1"), payment.stringConstants());
    }

    @Test
    void countsTheClassFilesItParsed() {
        // target/classes: Order, PaymentService, CustomerDto; com.acme.model in the jar: Column,
        // NotBlank, Customer, Customer$1, Customer$Consent, Customer$Status, Address, Address$Kind
        assertEquals(11, scan.classFilesParsed());
        assertEquals(List.of(), scan.problems());
    }

    @Test
    void sameInputGivesTheSameResult() {
        assertEquals(scan, scanProject(List.of(project.resolve("target/classes"))));
    }

    private static Optional<TypeInfo> find(BytecodeScan result, String name) {
        return result.types().stream().filter(t -> t.qualifiedName().equals(name)).findFirst();
    }

    static TypeInfo type(BytecodeScan result, String name) {
        return find(result, name).orElseThrow(() -> new AssertionError(name + " not in "
                + result.types().stream().map(TypeInfo::qualifiedName).toList()));
    }

    static CodeElement field(TypeInfo type, String name) {
        return type.fields().stream().filter(f -> f.member().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + names(type)));
    }

    static List<String> names(TypeInfo type) {
        return type.fields().stream().map(CodeElement::member).toList();
    }
}
