package dev.lawful.scan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.ParseProblem;
import dev.lawful.scan.SourceFileScan;
import dev.lawful.scan.TypeInfo;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceScannerTest {

    private static Path base;
    private static SourceScanResult result;

    @BeforeAll
    static void scanSamples() throws URISyntaxException {
        base = Path.of(Objects.requireNonNull(SourceScannerTest.class.getResource("/scan")).toURI());
        result = new SourceScanner(2).scan(base, List.of(base.resolve("shop/src"), base.resolve("other")));
    }

    @Test
    void filesAreSortedByRelativePathAndBrokenOnesBecomeProblems() {
        assertEquals(List.of("other/Lone.java", "shop/src/com/shop/Customer.java", "shop/src/com/shop/Modern.java"),
                result.files().stream().map(SourceFileScan::path).toList());
        assertEquals(1, result.problems().size());
        ParseProblem problem = result.problems().get(0);
        assertEquals("shop/src/com/shop/Broken.java", problem.file());
        assertEquals(5, problem.line());
        assertTrue(problem.column() > 0, problem.toString());
    }

    @Test
    void collectsNestedAndLocalTypesButNotAnonymousOnes() {
        assertEquals(List.of("com.shop.Customer", "com.shop.Customer.Address", "com.shop.Customer.Card",
                        "com.shop.Customer.Tier", "com.shop.Customer.Lookup", "com.shop.Customer.Local"),
                customerFile().types().stream().map(TypeInfo::qualifiedName).toList());
    }

    @Test
    void typeInfoHasHierarchyAnnotationsAndJavadoc() {
        TypeInfo customer = type("com.shop.Customer");
        assertEquals("Customer", customer.simpleName());
        assertEquals("com.shop", customer.packageName());
        assertEquals(TypeInfo.Kind.CLASS, customer.kind());
        assertEquals("Person", customer.superclass());
        assertEquals(List.of("java.io.Serializable", "Comparable<Customer>"), customer.interfaces());
        assertEquals(List.of(AnnotationUse.marker("Entity"),
                        new AnnotationUse("Table", Map.of("name", "kund", "indexes", "email_idx,name_idx"))),
                customer.annotations());
        assertEquals("A customer of the web shop.", customer.javadoc());
        assertEquals(TypeInfo.Kind.RECORD, type("com.shop.Customer.Card").kind());
        assertEquals(TypeInfo.Kind.ENUM, type("com.shop.Customer.Tier").kind());
        assertEquals(TypeInfo.Kind.INTERFACE, type("com.shop.Customer.Lookup").kind());
    }

    @Test
    void fieldCarriesAnnotationValuesJavadocAndPosition() {
        CodeElement email = field("com.shop.Customer", "email");
        assertEquals(new CodeElement("com.shop.Customer", "email", CodeElement.Kind.FIELD, "String", false, false,
                List.of(new AnnotationUse("Column", Map.of("name", "e_post", "nullable", "false")), AnnotationUse.marker("Email")),
                "Where receipts go.", "shop/src/com/shop/Customer.java", 20, 20, Origin.SOURCE), email);
    }

    @Test
    void everyVariableOfADeclarationIsAnElementWithItsOwnType() {
        assertEquals("String", field("com.shop.Customer", "phone").type());
        assertEquals("String[]", field("com.shop.Customer", "phones").type());
        assertEquals("java.util.List<Order>", field("com.shop.Customer", "orders").type());
        assertTrue(field("com.shop.Customer", "API").isConstant());
        assertFalse(field("com.shop.Customer", "email").isConstant());
    }

    @Test
    void interfaceFieldsAreConstantsAndAnonymousFieldsAreNotReported() {
        assertTrue(field("com.shop.Customer.Lookup", "LIMIT").isConstant());
        assertEquals(List.of("nick"), type("com.shop.Customer.Local").fields().stream().map(CodeElement::member).toList());
        assertTrue(result.files().stream().flatMap(f -> f.types().stream()).flatMap(t -> t.fields().stream())
                .noneMatch(f -> f.member().equals("secret")));
    }

    @Test
    void recordComponentsComeFirstWithJavadocFromParamTags() {
        TypeInfo card = type("com.shop.Customer.Card");
        assertEquals(List.of("holder", "number", "count"), card.fields().stream().map(CodeElement::member).toList());
        CodeElement holder = card.fields().get(0);
        assertEquals(CodeElement.Kind.RECORD_COMPONENT, holder.kind());
        assertEquals("the name on the card", holder.javadoc());
        assertEquals(List.of(AnnotationUse.marker("NotNull")), holder.annotations());
        assertNull(card.fields().get(1).javadoc());
        assertEquals(CodeElement.Kind.FIELD, card.fields().get(2).kind());
        assertEquals("katu", field("com.shop.Customer.Address", "street").annotations().get(0).value("value"));
    }

    @Test
    void importsAndNetworkLiteralsAreKept() {
        SourceFileScan file = customerFile();
        assertEquals(List.of("jakarta.persistence.Column", "jakarta.persistence.Entity", "com.stripe.*",
                "java.util.Objects.requireNonNull"), file.imports().stream().map(SourceFileScan.Import::name).toList());
        assertEquals(List.of(3, 4, 5, 6), file.imports().stream().map(SourceFileScan.Import::line).toList());
        assertEquals(List.of(new SourceFileScan.Literal("https://api.stripe.com/v1/charges", 14, 39),
                        new SourceFileScan.Literal("www.google-analytics.com", 29, 27)),
                file.stringLiterals());
    }

    @Test
    void newestSyntaxParses() {
        assertEquals(List.of("com.shop.Modern", "com.shop.Modern.A", "com.shop.Modern.B"),
                result.files().get(2).types().stream().map(TypeInfo::qualifiedName).toList());
    }

    @Test
    void nonAsciiIdentifiersAndSingleThreadGiveTheSameResult() {
        assertEquals("kön", result.files().get(0).types().get(0).fields().get(0).member());
        SourceScanResult serial = new SourceScanner(1).scan(base, List.of(base.resolve("shop/src"), base.resolve("other")));
        assertEquals(result, serial);
    }

    @Test
    void missingRootIsAProblemNotAnError() {
        SourceScanResult missing = new SourceScanner(0).scan(base, List.of(base.resolve("nowhere")));
        assertEquals(List.of(new ParseProblem("nowhere", 0, 0, "source root does not exist or is not a folder")),
                missing.problems());
    }

    private static SourceFileScan customerFile() {
        return result.files().get(1);
    }

    private static TypeInfo type(String name) {
        return result.files().stream().flatMap(f -> f.types().stream())
                .filter(t -> t.qualifiedName().equals(name)).findFirst().orElseThrow();
    }

    private static CodeElement field(String type, String member) {
        return type(type).fields().stream().filter(f -> f.member().equals(member)).findFirst().orElseThrow();
    }
}
