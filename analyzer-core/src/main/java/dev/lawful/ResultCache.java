package dev.lawful;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.lawful.policy.Policy;
import dev.lawful.scan.bytecode.Dependency;
import dev.lawful.scan.source.SourceScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The last result of an analysis and what it was computed from: the tool version (which
 * fixes the bundled rule sets), the bytes of every other rule file of the policy's chain, the
 * configuration, and the SHA-256 of every source file, class file and jar. When all are the same, the result is taken as it
 * is and nothing is scanned, classified or checked. Any difference, or a cache that is
 * missing or unreadable, runs the analysis.
 */
final class ResultCache {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(periods());

    private final Path file;

    ResultCache(Path file) {
        this.file = file;
    }

    /** The key of an analysis of {@code config} under {@code policy} by {@code toolVersion}: a hash of all its inputs. */
    static String key(AnalyzerConfig config, Policy policy, String toolVersion) throws IOException {
        MessageDigest digest = sha256();
        update(digest, toolVersion);
        for (String ruleFile : policy.files()) {
            if (ruleFile.startsWith("builtin:")) {
                update(digest, ruleFile);
            } else {
                hashFile(digest, config.baseDir().resolve(ruleFile));
            }
        }
        update(digest, config.toString());
        SourceScanner scanner = new SourceScanner(1, config.selection());
        for (Path source : scanner.files(config.baseDir(), config.sourceRoots())) {
            hashFile(digest, source);
        }
        for (Path entry : config.classes()) {
            hashTree(digest, entry);
        }
        for (Dependency dependency : config.dependencies()) {
            hashTree(digest, dependency.file());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The cached result when it was computed under {@code key}. The key is the file's first
     * field, so that a stale cache is recognised without reading the result.
     */
    Optional<Result> lookUp(String key) {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !"key".equals(parser.nextFieldName())
                    || !key.equals(parser.nextTextValue()) || !"result".equals(parser.nextFieldName())) {
                return Optional.empty();
            }
            parser.nextToken();
            return Optional.of(JSON.readValue(parser, Result.class));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code result} under {@code key}, atomically; a cache that cannot be written is left as it was. */
    void save(String key, Result result) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp);
                        JsonGenerator generator = JSON.createGenerator(out)) {
                    generator.writeStartObject();
                    generator.writeStringField("key", key);
                    generator.writeFieldName("result");
                    JSON.writeValue(generator, result);
                    generator.writeEndObject();
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // The cache only saves time: without it the next run analyses again.
        }
    }

    private static void hashTree(MessageDigest digest, Path entry) throws IOException {
        if (!Files.isDirectory(entry)) {
            hashFile(digest, entry);
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(entry)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            hashFile(digest, file);
        }
    }

    private static void hashFile(MessageDigest digest, Path file) throws IOException {
        update(digest, file.toString());
        if (!Files.isRegularFile(file)) {
            update(digest, "(missing)");
            return;
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Retention periods as their ISO-8601 text ({@code P3Y}). */
    private static SimpleModule periods() {
        SimpleModule module = new SimpleModule();
        module.addSerializer(Period.class, ToStringSerializer.instance);
        module.addDeserializer(Period.class, new FromStringDeserializer<Period>(Period.class) {
            @Override
            protected Period _deserialize(String value, DeserializationContext context) {
                return Period.parse(value);
            }
        });
        return module;
    }
}
