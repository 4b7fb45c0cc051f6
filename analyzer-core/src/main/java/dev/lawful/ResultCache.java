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
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import dev.lawful.policy.Policy;
import dev.lawful.scan.bytecode.Dependency;
import dev.lawful.scan.source.SourceScanner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Period;
import java.util.ArrayList;
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

    /**
     * Jackson's binary JSON (Smile), with repeated names and short values written once: the
     * result is read back on every unchanged run, and in this form it is a third smaller and
     * parsed about twice as fast as JSON text.
     */
    private static final ObjectMapper SMILE = new ObjectMapper(SmileFactory.builder()
                    .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
                    .build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(periods());

    private final Path file;

    ResultCache(Path file) {
        this.file = file;
    }

    /** The key of an analysis of {@code config} under {@code policy} by {@code toolVersion}: a hash of all its inputs. */
    static String key(AnalyzerConfig config, Policy policy, String toolVersion) throws IOException {
        MessageDigest digest = FileDigests.sha256();
        update(digest, toolVersion);
        update(digest, config.toString());
        List<Path> files = new ArrayList<>();
        for (String ruleFile : policy.files()) {
            if (ruleFile.startsWith("builtin:")) {
                update(digest, ruleFile);
            } else {
                files.add(config.baseDir().resolve(ruleFile));
            }
        }
        files.addAll(new SourceScanner(1, config.selection()).files(config.baseDir(), config.sourceRoots()));
        for (Path entry : config.classes()) {
            addTree(files, entry);
        }
        for (Dependency dependency : config.dependencies()) {
            addTree(files, dependency.file());
        }
        byte[][] contents = FileDigests.of(files, config.threads());
        for (int i = 0; i < contents.length; i++) {
            update(digest, files.get(i).toString());
            if (contents[i] == null) {
                update(digest, "(missing)");
            } else {
                digest.update(contents[i]);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The cached result when it was computed under {@code key}. The key is the file's first
     * field, so that a stale cache is recognised without reading the result.
     */
    Optional<Result> lookUp(String key) {
        try (JsonParser parser = SMILE.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !"key".equals(parser.nextFieldName())
                    || !key.equals(parser.nextTextValue()) || !"result".equals(parser.nextFieldName())) {
                return Optional.empty();
            }
            parser.nextToken();
            return Optional.of(SMILE.readValue(parser, Result.class));
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
                        JsonGenerator generator = SMILE.createGenerator(out)) {
                    generator.writeStartObject();
                    generator.writeStringField("key", key);
                    generator.writeFieldName("result");
                    SMILE.writeValue(generator, result);
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

    /** A file, or every regular file under a folder in a stable order. */
    private static void addTree(List<Path> files, Path entry) throws IOException {
        if (!Files.isDirectory(entry)) {
            files.add(entry);
            return;
        }
        try (Stream<Path> walk = Files.find(entry, Integer.MAX_VALUE, ResultCache::isFile)) {
            files.addAll(walk.sorted().toList());
        }
    }

    /** A regular file or a link to one, judged by the attributes the walk has read (links are checked again). */
    private static boolean isFile(Path path, BasicFileAttributes attributes) {
        return attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(path);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
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
