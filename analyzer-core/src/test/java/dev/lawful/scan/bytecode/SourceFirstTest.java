package dev.lawful.scan.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.TypeInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code: an OpenAPI DTO compiled into target/classes. When the build also scans
 * target/generated-sources the DTO has source, and each field must appear once, at its
 * source location; when it does not, the fields come from bytecode.
 */
class SourceFirstTest {

    @TempDir
    static Path project;

    static List<TypeInfo> bytecode;

    @BeforeAll
    static void compileGeneratedCode() throws IOException {
        Path classes = CompiledFixtures.compile("generated", project.resolve("target/classes"));
        bytecode = new BytecodeScanner(1).scan(project, List.of(classes), List.of(), List.of()).types();
    }

    @Test
    void aTypeWithSourceAppearsOnceWithItsSourceLocations() {
        TypeInfo fromSource = sourceType("com.acme.api.CustomerDto",
                "target/generated-sources/openapi/com/acme/api/CustomerDto.java", "firstName", "lastName", "email");

        List<TypeInfo> merged = SourceFirst.merge(List.of(fromSource), bytecode);

        assertEquals(List.of(fromSource), merged);
        assertEquals(List.of(Origin.SOURCE, Origin.SOURCE, Origin.SOURCE),
                merged.get(0).fields().stream().map(CodeElement::origin).toList());
    }

    @Test
    void aTypeWithoutSourceComesFromBytecode() {
        TypeInfo order = sourceType("com.acme.shop.Order", "src/main/java/com/acme/shop/Order.java", "customer");

        List<TypeInfo> merged = SourceFirst.merge(List.of(order), bytecode);

        assertEquals(List.of("com.acme.shop.Order", "com.acme.api.CustomerDto"),
                merged.stream().map(TypeInfo::qualifiedName).toList());
        CodeElement email = merged.get(1).fields().get(2);
        assertEquals("com.acme.api.CustomerDto#email", email.id());
        assertEquals(Origin.BYTECODE, email.origin());
        assertEquals("target/classes/com/acme/api/CustomerDto.class", email.file());
    }

    @Test
    void fieldIdsAreUniqueAfterMerging() {
        TypeInfo fromSource = sourceType("com.acme.api.CustomerDto", "CustomerDto.java", "firstName", "lastName", "email");

        List<String> ids = SourceFirst.merge(List.of(fromSource), bytecode).stream()
                .flatMap(type -> type.fields().stream())
                .map(CodeElement::id)
                .toList();

        assertEquals(List.of("com.acme.api.CustomerDto#firstName", "com.acme.api.CustomerDto#lastName",
                "com.acme.api.CustomerDto#email"), ids);
    }

    /** What the source scanner reports for a class: fields at lines 10, 11, ... */
    private static TypeInfo sourceType(String qualifiedName, String file, String... fieldNames) {
        List<CodeElement> fields = new java.util.ArrayList<>();
        for (int i = 0; i < fieldNames.length; i++) {
            fields.add(new CodeElement(qualifiedName, fieldNames[i], CodeElement.Kind.FIELD, "String", false, false,
                    List.of(), null, file, 10 + i, 5, Origin.SOURCE));
        }
        String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        return new TypeInfo(qualifiedName, simpleName, TypeInfo.Kind.CLASS, null, List.of(), List.of(), null, fields);
    }
}
