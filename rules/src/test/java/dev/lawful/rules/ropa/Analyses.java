package dev.lawful.rules.ropa;

import dev.lawful.Analyzer;
import dev.lawful.AnalyzerConfig;
import dev.lawful.ConfigurationException;
import dev.lawful.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.lawful.report.ReportWriter;

/** Real analyses for the record's tests: the web-shop sample, and builtin:jalonom over no code at all. */
final class Analyses {

    static final Path WEBSHOP = Path.of("../samples/webshop");

    private Analyses() {
    }

    static Result webshop() throws ConfigurationException {
        return new Analyzer(AnalyzerConfig.ofSources(WEBSHOP, List.of(WEBSHOP.resolve("src/main/java")),
                List.of("lawful.yaml"))).run();
    }

    /** builtin:jalonom alone, over an empty source folder: the record shows the policy's own gaps. */
    static Result jalonomAlone() throws ConfigurationException {
        try {
            Path empty = Files.createDirectories(Path.of("target/ropa-empty-sources"));
            return new Analyzer(AnalyzerConfig.ofSources(Path.of("target"), List.of(empty),
                    List.of("builtin:jalonom"))).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule file written into target/, analysed over no code. */
    static Result policyAlone(String name, String yaml) throws ConfigurationException {
        try {
            Path dir = Files.createDirectories(Path.of("target/ropa-policies"));
            Files.writeString(dir.resolve(name), yaml);
            Path empty = Files.createDirectories(Path.of("target/ropa-empty-sources"));
            return new Analyzer(AnalyzerConfig.ofSources(dir, List.of(empty), List.of(name))).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(ReportWriter writer, Result result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(result, out);
        return out.toByteArray();
    }
}
