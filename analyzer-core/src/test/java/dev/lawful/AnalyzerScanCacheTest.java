package dev.lawful;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.check.Finding;
import dev.lawful.report.ReportWriter;
import dev.lawful.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a cache, an unchanged input reuses the result, and any change to sources, rules, classes or the tool is seen. */
class AnalyzerScanCacheTest {

    private static final Path FIXTURE = Path.of("src/test/resources/checks/shop");

    @TempDir
    Path shop;

    @Test
    void theSameInputGivesTheSameResultFromTheCache() throws Exception {
        copyFixture();
        Path cache = shop.resolve("target/lawful/cache/scan.json");
        Result cold = analyzer(List.of()).withScanCache(cache).run();
        assertTrue(Files.isRegularFile(cache));
        Files.delete(cache);
        Result warm = analyzer(List.of()).withScanCache(cache).run();
        assertEquals(cold, warm);
        assertFalse(Files.exists(cache), "the whole result was reused: nothing was scanned");
        assertEquals(new Analyzer(config(List.of())).run(), warm, "the same as without a cache");
    }

    @Test
    void reportsFromTheCachedResultAreByteForByteThoseOfAColdRun() throws Exception {
        copyFixture();
        Path cache = shop.resolve("target/lawful/cache/scan.json");
        List<ReportWriter> writers = Reports.forFormats(Reports.formats());
        Result cold = analyzer(List.of()).withScanCache(cache).run();
        assertFalse(cold.snippets().isEmpty(), "the fixture's findings have source lines to show");
        Reports.write(cold, shop.resolve("cold"), writers);
        Files.delete(cache);

        Result hit = analyzer(List.of()).withScanCache(cache).run();
        assertFalse(Files.exists(cache), "the result came from the cache");
        Reports.write(hit, shop.resolve("hit"), writers);

        assertEquals(contents(shop.resolve("cold")), contents(shop.resolve("hit")));
    }

    @Test
    void aResultWrittenInManyChunksReadsBackTheSame() throws Exception {
        copyFixture();
        Result result = new Analyzer(config(List.of())).run();
        assertTrue(result.findings().size() > 1 && result.inventory().size() > 1 && !result.snippets().isEmpty());
        ResultCache cache = new ResultCache(shop.resolve("result.smile"), 1);
        cache.save("key", result);
        assertEquals(Optional.of(result), cache.lookUp("key", 4));
        assertEquals(Optional.empty(), cache.lookUp("another key", 4), "a result of other inputs is not read");
        Files.writeString(shop.resolve("result.smile"), "not a cache");
        assertEquals(Optional.empty(), cache.lookUp("key", 4), "an unreadable cache is a miss");
    }

    @Test
    void theInventoryAndSnippetsAreDecodedOnlyWhenReadAndAChangedByteIsAMiss() throws Exception {
        copyFixture();
        Result result = new Analyzer(config(List.of())).run();
        Path file = shop.resolve("result.smile");
        ResultCache cache = new ResultCache(file, 1);
        cache.save("key", result);

        Result cached = cache.lookUp("key", 2).orElseThrow();
        assertEquals(result.findings(), cached.findings());
        DecodedOnFirstUse<?> inventory = assertInstanceOf(DecodedOnFirstUse.class, cached.inventory());
        DecodedOnFirstUse<?> snippets = assertInstanceOf(DecodedOnFirstUse.class, cached.snippets());
        assertFalse(inventory.decoded() || snippets.decoded(), "an unchanged run that writes no report does not decode them");
        assertEquals(result.inventory(), cached.inventory());
        assertTrue(inventory.decoded());
        assertFalse(snippets.decoded());
        assertEquals(result.snippets(), cached.withRules(List.of()).snippets(), "a copy of the result keeps them undecoded until read");

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        assertEquals(Optional.empty(), cache.lookUp("key", 2), "a cache whose bytes changed is a miss, not a report that fails later");
    }

    @Test
    void aResultReadAheadOfItsKeyCarriesTheKeyItWasSavedUnderAndStopsOnceAbandoned() throws Exception {
        copyFixture();
        Result result = new Analyzer(config(List.of())).run();
        ResultCache cache = new ResultCache(shop.resolve("result.smile"), 1);
        cache.save("key", result);
        Optional<ResultCache.Stored> stored = cache.readAhead(4, key -> false);
        assertEquals("key", stored.orElseThrow().key());
        assertEquals(result, stored.orElseThrow().result());
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        assertEquals(Optional.empty(), cache.readAhead(1, key -> asked.add(key)),
                "once this run's key is known to differ, the rest is not parsed");
        assertEquals(List.of("key"), asked, "the first chunk asks, with the stored key, and nothing more is read");
    }

    @Test
    void aSourceAddedOrRemovedIsAnalysedAgain() throws Exception {
        copyFixture();
        Path cache = shop.resolve("cache/scan.json");
        analyzer(List.of()).withScanCache(cache).run();
        write("src/com/shop/customer/Patient.java", "package com.shop.customer;\nclass Patient { private String email; }\n");
        assertTrue(fields(analyzer(List.of()).withScanCache(cache).run()).contains("com.shop.customer.Patient#email"));

        Files.delete(shop.resolve("src/com/shop/customer/Patient.java"));
        assertFalse(fields(analyzer(List.of()).withScanCache(cache).run()).contains("com.shop.customer.Patient#email"));
    }

    @Test
    void aLinkedSourceFileIsPartOfTheKey() throws Exception {
        copyFixture();
        Path target = shop.resolve("elsewhere/Patient.java");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "package com.shop.customer;\nclass Patient { private String email; }\n");
        try {
            Files.createSymbolicLink(shop.resolve("src/com/shop/customer/Patient.java"), target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.assumeTrue(false, "the file system has no symbolic links: " + e);
        }
        AnalyzerConfig config = config(List.of());
        var policy = new Analyzer(config).loadPolicy();
        String before = ResultCache.key(config, policy, "1.0");
        assertTrue(fields(analyzer(List.of()).run()).contains("com.shop.customer.Patient#email"), "the link is scanned");

        Files.writeString(target, "package com.shop.customer;\nclass Patient { private String phoneNumber; }\n");
        assertFalse(before.equals(ResultCache.key(config, policy, "1.0")), "the linked file's bytes are in the key");
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        assertFalse(contents.isEmpty());
        return contents;
    }

    @Test
    void anEditedRuleFileIsAppliedToCachedSources() throws Exception {
        copyFixture();
        Path cache = shop.resolve("cache.json");
        Result before = analyzer(List.of()).withScanCache(cache).run();
        assertFalse(undeclared(before).contains("com.shop.customer.Customer#email"));

        Path rules = shop.resolve("lawful.yaml");
        Files.writeString(rules, Files.readString(rules).replace("classes: [com.shop.customer.Customer]",
                "classes: [com.shop.customer.Nobody]"));
        Result after = analyzer(List.of()).withScanCache(cache).run();

        assertTrue(undeclared(after).contains("com.shop.customer.Customer#email"), undeclared(after)::toString);
    }

    @Test
    void changedClassesAreReadAgain() throws Exception {
        copyFixture();
        Path classes = shop.resolve("classes");
        compile(classes, "package com.lib; public class Patient { private String email; }");
        Path cache = shop.resolve("cache.json");
        assertTrue(fields(analyzer(List.of(classes)).withScanCache(cache).run()).contains("com.lib.Patient#email"));

        compile(classes, "package com.lib; public class Patient { private String phoneNumber; }");
        List<String> after = fields(analyzer(List.of(classes)).withScanCache(cache).run());

        assertTrue(after.contains("com.lib.Patient#phoneNumber"), after::toString);
        assertFalse(after.contains("com.lib.Patient#email"), after::toString);
    }

    @Test
    void anEditedSourceFileIsAnalysedAgain() throws Exception {
        copyFixture();
        Path cache = shop.resolve("cache/scan.json");
        assertFalse(fields(analyzer(List.of()).withScanCache(cache).run()).contains("com.shop.customer.Customer#phoneNumber2"));

        Path customer = shop.resolve("src/com/shop/customer/Customer.java");
        Files.writeString(customer, Files.readString(customer).replaceFirst("\\{", "{\n    private String phoneNumber2;"));
        int[] hits = new int[1];
        Result after = analyzer(List.of()).withScanCache(cache, h -> hits[0] = h).run();

        assertTrue(fields(after).contains("com.shop.customer.Customer#phoneNumber2"), fields(after)::toString);
        assertEquals(after.stats().sourceFiles() - 1, hits[0], "the other files came from the scan cache");
    }

    @Test
    void aSinkAddedToTheRuleFileIsFoundInCachedSources() throws Exception {
        copyFixture();
        write("src/com/shop/Audit.java", "package com.shop;\npublic class Audit {\n    public void record(String text) {\n    }\n}\n");
        write("src/com/shop/customer/Signup.java", """
                package com.shop.customer;

                import com.shop.Audit;

                class Signup {
                    private final Audit audit = new Audit();

                    void signUp(Customer customer) {
                        audit.record(customer.email);
                    }
                }
                """);
        Path cache = shop.resolve("cache/scan.json");
        assertTrue(analyzer(List.of()).withScanCache(cache).run().flows().isEmpty(), "no sinks, no flows");

        Path rules = shop.resolve("lawful.yaml");
        Files.writeString(rules, Files.readString(rules)
                + "\nsinks:\n  - {id: audit, name: Audit trail, kind: log, types: [com.shop.Audit], methods: [record]}\n");
        int[] hits = new int[1];
        Result after = analyzer(List.of()).withScanCache(cache, h -> hits[0] = h).run();

        assertEquals(List.of("audit com.shop.customer.Customer#email"),
                after.flows().stream().map(f -> f.sink().id() + " " + f.source()).distinct().toList());
        assertEquals(0, hits[0], "the scan cache of other sinks was not used");
        assertEquals(new Analyzer(config(List.of())).run(), after, "the same as without a cache");
        assertEquals(after, analyzer(List.of()).withScanCache(cache).run(), "flows come back from the result cache");
    }

    private void write(String relative, String text) throws IOException {
        Path file = shop.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theResultKeyChangesWithTheToolVersion() throws Exception {
        copyFixture();
        AnalyzerConfig config = config(List.of());
        var policy = new Analyzer(config).loadPolicy();
        assertEquals(ResultCache.key(config, policy, "1.0"), ResultCache.key(config, policy, "1.0"));
        assertFalse(ResultCache.key(config, policy, "1.0").equals(ResultCache.key(config, policy, "1.1")));
    }

    private Analyzer analyzer(List<Path> classes) {
        return new Analyzer(config(classes));
    }

    private AnalyzerConfig config(List<Path> classes) {
        return new AnalyzerConfig(shop, List.of(shop.resolve("src")), classes, List.of(), List.of(),
                List.of(shop.resolve("lawful.yaml").toString()), 1);
    }

    private static List<String> undeclared(Result result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("personal-data-undeclared"))
                .map(AnalyzerScanCacheTest::subject).toList();
    }

    private static List<String> fields(Result result) {
        return result.inventory().stream().map(e -> e.element().className() + "#" + e.element().member()).toList();
    }

    private static String subject(Finding finding) {
        return finding.className() + "#" + finding.member();
    }

    private void copyFixture() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path from : files.filter(Files::isRegularFile).toList()) {
                Path to = shop.resolve(FIXTURE.relativize(from).toString());
                Files.createDirectories(to.getParent());
                Files.copy(from, to);
            }
        }
    }

    private void compile(Path classes, String source) throws IOException {
        Path src = Files.createDirectories(shop.resolve("lib-src/com/lib")).resolve("Patient.java");
        Files.writeString(src, source);
        Files.createDirectories(classes);
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, exit);
    }
}
