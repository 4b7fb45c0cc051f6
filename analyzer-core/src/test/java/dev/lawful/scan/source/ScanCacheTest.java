package dev.lawful.scan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.scan.CodeElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCacheTest {

    @TempDir
    Path root;

    @Test
    void anUnchangedFileIsTakenFromTheCacheWithTheSameResult() throws Exception {
        write("a/Customer.java", "package a; class Customer { String email; }");
        write("a/Order.java", "package a; class Order { String deliveryAddress; }");
        Path file = root.resolve("target/lawful/cache/scan.json");

        SourceScanResult cold = scan(ScanCache.open(file, "1.0", null, true));
        ScanCache warm = ScanCache.open(file, "1.0", null, true);
        SourceScanResult again = scan(warm);

        assertEquals(2, warm.hits());
        assertEquals(cold, again);
    }

    @Test
    void anEditedFileIsParsedAgain() throws Exception {
        write("a/Customer.java", "package a; class Customer { String email; }");
        write("a/Order.java", "package a; class Order { String deliveryAddress; }");
        Path file = root.resolve("cache.json");
        scan(ScanCache.open(file, "1.0", null, true));

        write("a/Customer.java", "package a;\n\nclass Customer { String email; String phone; }");
        ScanCache cache = ScanCache.open(file, "1.0", null, true);
        SourceScanResult edited = scan(cache);

        assertEquals(1, cache.hits());
        assertEquals(List.of("email", "phone"), fields(edited, "a.Customer"));
    }

    @Test
    void anotherToolVersionOrEncodingDiscardsTheCache() throws Exception {
        write("a/Customer.java", "package a; class Customer { String email; }");
        Path file = root.resolve("cache.json");
        scan(ScanCache.open(file, "1.0", null, true));

        ScanCache newVersion = ScanCache.open(file, "1.1", null, true);
        scan(newVersion);
        assertEquals(0, newVersion.hits());

        ScanCache newEncoding = ScanCache.open(file, "1.1", StandardCharsets.ISO_8859_1, true);
        scan(newEncoding);
        assertEquals(0, newEncoding.hits());
    }

    @Test
    void aCorruptCacheIsAnEmptyOne() throws Exception {
        write("a/Customer.java", "package a; class Customer { String email; }");
        Path file = root.resolve("cache.json");
        Files.writeString(file, "{ not json");
        ScanCache cache = ScanCache.open(file, "1.0", null, true);
        assertEquals(List.of("email"), fields(scan(cache), "a.Customer"));
        assertEquals(0, cache.hits());
        assertTrue(Files.readString(file).startsWith("{\"key\":\"1.0|detect|true|"), "rewritten");
    }

    private SourceScanResult scan(ScanCache cache) {
        SourceScanResult result = new SourceScanner(1).withCache(cache).scan(root, List.of(root.resolve("a")));
        cache.save();
        return result;
    }

    private static List<String> fields(SourceScanResult result, String type) {
        return result.files().stream().flatMap(f -> f.types().stream()).filter(t -> t.qualifiedName().equals(type))
                .flatMap(t -> t.fields().stream()).map(CodeElement::member).toList();
    }

    private void write(String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
