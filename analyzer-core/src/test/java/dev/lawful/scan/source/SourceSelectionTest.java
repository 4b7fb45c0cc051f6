package dev.lawful.scan.source;

import dev.lawful.scan.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.scan.SourceFileScan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSelectionTest {

    @TempDir
    Path root;

    @Test
    void withoutIncludesEveryFileIsReadButTheExcludedOnes() {
        SourceSelection selection = new SourceSelection(List.of(), List.of("**/generated/**"), null);
        assertTrue(selection.accepts(Path.of("com/acme/Customer.java")));
        assertFalse(selection.accepts(Path.of("com/acme/generated/Dto.java")));
        assertFalse(selection.accepts(Path.of("generated/Dto.java")), "a leading **/ matches no folder too");
    }

    @Test
    void includesNarrowAndExcludesWin() {
        SourceSelection selection = new SourceSelection(List.of("com/acme/model/**"), List.of("**/*Test.java"), null);
        assertTrue(selection.accepts(Path.of("com/acme/model/Customer.java")));
        assertFalse(selection.accepts(Path.of("com/acme/web/Page.java")));
        assertFalse(selection.accepts(Path.of("com/acme/model/CustomerTest.java")));
    }

    @Test
    void theScannerReadsOnlyTheSelectedFiles() throws Exception {
        write("com/acme/model/Customer.java", "package com.acme.model; class Customer { String email; }");
        write("com/acme/generated/Dto.java", "package com.acme.generated; class Dto { String phone; }");

        SourceScanResult scan = new SourceScanner(1, new SourceSelection(List.of(), List.of("**/generated/**"), null))
                .scan(root, List.of(root));

        assertEquals(List.of("com/acme/model/Customer.java"), scan.files().stream().map(SourceFileScan::path).toList());
    }

    @Test
    void aDeclaredEncodingIsUsedAsItIs() throws Exception {
        // "fÃ¶delsedatum" in ISO-8859-1 is the bytes of "födelsedatum" in UTF-8: valid UTF-8, so only
        // the declared encoding reads the Latin-1 file right.
        Path file = root.resolve("Person.java");
        Files.writeString(file, "class Person { String fÃ¶delsedatum; }", StandardCharsets.ISO_8859_1);
        assertTrue(SourceText.read(file, null).contains("födelsedatum"), "detected as UTF-8");
        assertTrue(SourceText.read(file, StandardCharsets.ISO_8859_1).contains("fÃ¶delsedatum"));

        Files.writeString(file, "class Person { String henkilötunnus; }", StandardCharsets.ISO_8859_1);
        assertTrue(SourceText.read(file, StandardCharsets.ISO_8859_1).contains("henkilötunnus"));
        assertTrue(SourceText.read(file, StandardCharsets.UTF_8).contains("henkilötunnus"),
                "a declared UTF-8 still falls back to ISO-8859-1 for a file that is not UTF-8");
    }

    private void write(String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
