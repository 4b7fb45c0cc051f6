package dev.lawful.rules.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.bind.DeclarationBinder;
import dev.lawful.classify.ClassifierKind;
import dev.lawful.classify.Codebase;
import dev.lawful.inventory.InventoryBuilder;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.Origin;
import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classifying on several threads, a wide type shared out in slices, gives the inventory one thread gives. */
class InventoryBuilderThreadsTest {

    private static final List<String> NAMES = List.of("email", "firstName", "status", "phoneNumber", "createdAt", "label");

    @Test
    void theInventoryDoesNotDependOnTheThreads() throws Exception {
        Policy gdpr = new PolicyLoader(getClass().getClassLoader()).load(List.of("builtin:gdpr"));
        List<TypeInfo> types = new ArrayList<>();
        types.add(type("com.shop.Customer", 3_000));
        for (int i = 0; i < 40; i++) {
            types.add(type("com.shop.Order" + i, 4));
        }
        Codebase codebase = new Codebase(types);
        for (ClassifierKind kind : ClassifierKind.values()) {
            List<InventoryEntry> alone = new InventoryBuilder(kind.create(gdpr), new DeclarationBinder(gdpr), 1).build(codebase);
            List<InventoryEntry> shared = new InventoryBuilder(kind.create(gdpr), new DeclarationBinder(gdpr), 4).build(codebase);
            assertTrue(alone.size() > 1_000, kind + ": " + alone.size());
            assertEquals(alone, shared, kind.toString());
        }
    }

    private static TypeInfo type(String qualified, int fields) {
        List<CodeElement> elements = new ArrayList<>();
        for (int i = 0; i < fields; i++) {
            String name = NAMES.get(i % NAMES.size()) + i;
            elements.add(new CodeElement(qualified, name, CodeElement.Kind.FIELD, "String", false, false, List.<AnnotationUse>of(),
                    null, qualified.replace('.', '/') + ".java", i + 1, 5, Origin.SOURCE));
        }
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        return new TypeInfo(qualified, simple, TypeInfo.Kind.CLASS, null, List.of(), List.of(), null, elements);
    }
}
