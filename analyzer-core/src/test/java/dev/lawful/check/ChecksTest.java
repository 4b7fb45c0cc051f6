package dev.lawful.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void everyClassWithCheckMetadataIsRegisteredOnce() {
        Set<String> annotated;
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().acceptPackages("dev.lawful").scan()) {
            annotated = scan.getClassesWithAnnotation(CheckInfo.class)
                    .getNames().stream().collect(Collectors.toCollection(TreeSet::new));
        }
        List<String> registered = Checks.all().stream().map(c -> c.getClass().getName()).toList();

        assertEquals(annotated, new TreeSet<>(registered));
        assertEquals(registered.size(), annotated.size(), "a rule is registered twice: " + registered);
    }

    @Test
    void idsAndClassNamesAreUnique() {
        List<Check> all = Checks.all();

        assertEquals(all.size(), all.stream().map(c -> c.info().id()).distinct().count());
        assertEquals(all.size(), all.stream().map(c -> c.getClass().getSimpleName()).distinct().count());
    }

    @Test
    void eachCallGivesFreshInstances() {
        assertNotSame(Checks.all().get(0), Checks.all().get(0));
    }
}
