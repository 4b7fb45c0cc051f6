package dev.lawful;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import dev.lawful.check.Finding;
import dev.lawful.classify.Evidence;
import dev.lawful.check.Snippet;
import dev.lawful.inventory.InventoryEntry;
import dev.lawful.policy.Policy;
import dev.lawful.scan.bytecode.Dependency;
import dev.lawful.scan.source.SourceScanner;
import dev.lawful.work.ParallelWork;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.zip.CRC32C;
import java.util.function.Function;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
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
            .registerModule(periods())
            .registerModule(FixLines.module())
            .registerModule(EvidenceRows.module());

    /** The first four bytes of a cache of this layout ("LWR" and its version). */
    private static final int MAGIC = 0x4c575205;

    /** Items per chunk of a long list: enough that a chunk's parse outweighs handing it to a thread. */
    private static final int CHUNK_ITEMS = 2_000;

    private final Path file;
    private final int chunkItems;

    ResultCache(Path file) {
        this(file, CHUNK_ITEMS);
    }

    /** @param chunkItems how many items of a long list a chunk holds */
    ResultCache(Path file, int chunkItems) {
        this.file = file;
        this.chunkItems = chunkItems;
    }

    /** The key of an analysis of {@code config} under {@code policy} by {@code toolVersion}: a hash of all its inputs. */
    static String key(AnalyzerConfig config, Policy policy, String toolVersion) throws IOException {
        return key(config, policy, toolVersion, DigestTable.empty(), Inputs.of(config)).key();
    }

    /**
     * The files an analysis of {@code config} reads besides its rule files (sources, class
     * folders, jars), in a stable order, with the attributes the listing read of each regular
     * one: they need not be read again to be looked up in the {@link DigestTable}.
     */
    record Inputs(List<Path> files, Map<Path, BasicFileAttributes> attributes) {

        static Inputs of(AnalyzerConfig config) throws IOException {
            Map<Path, BasicFileAttributes> sources = new SourceScanner(1, config.selection())
                    .filesWithAttributes(config.baseDir(), config.sourceRoots());
            List<Path> files = new ArrayList<>(sources.keySet());
            Map<Path, BasicFileAttributes> listed = new HashMap<>(sources);
            for (Path entry : config.classes()) {
                addTree(files, listed, entry);
            }
            for (Dependency dependency : config.dependencies()) {
                addTree(files, listed, dependency.file());
            }
            return new Inputs(List.copyOf(files), Collections.unmodifiableMap(listed));
        }
    }

    /**
     * The key of an analysis of {@code inputs} under {@code policy}, with the inputs' digests
     * taken from {@code known} where a file's size, modification time and file key are those it
     * was hashed at.
     */
    static Keyed key(AnalyzerConfig config, Policy policy, String toolVersion, DigestTable known, Inputs inputs)
            throws IOException {
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
        files.addAll(inputs.files());
        DigestTable.Digests digests = known.digests(files, inputs.attributes(), config.threads());
        byte[][] contents = digests.values();
        for (int i = 0; i < contents.length; i++) {
            update(digest, files.get(i).toString());
            if (contents[i] == null) {
                update(digest, "(missing)");
            } else {
                digest.update(contents[i]);
            }
        }
        return new Keyed(HexFormat.of().formatHex(digest.digest()), digests);
    }

    /** A result's key and the inputs' digests it was computed from. */
    record Keyed(String key, DigestTable.Digests digests) {
    }

    /**
     * The cached result when it was computed under {@code key}. The key is the header's first
     * field, so that a stale cache is recognised without reading the result; the large lists
     * are read in chunks on {@code threads} threads (0: one per processor).
     */
    Optional<Result> lookUp(String key, int threads) {
        return read(key::equals, threads, stored -> false).map(Stored::result);
    }

    /**
     * The cached result with the key it was computed under, read before the caller knows the
     * key of this run, so that reading overlaps with computing it; {@code abandoned} is asked
     * with the stored key between chunks, and once it says true (the keys differ) the rest is
     * not parsed.
     */
    Optional<Stored> readAhead(int threads, Predicate<String> abandoned) {
        return read(key -> true, threads, abandoned);
    }

    /** A cached result and the key it was computed under. */
    record Stored(String key, Result result) {
    }

    private Optional<Stored> read(Predicate<String> wanted, int threads, Predicate<String> abandoned) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream data = new DataInputStream(in);
            if (data.readInt() != MAGIC) {
                return Optional.empty();
            }
            byte[] headerBytes = new byte[data.readInt()];
            data.readFully(headerBytes);
            Header header = SMILE.readValue(headerBytes, Header.class);
            if (!wanted.test(header.key())) {
                return Optional.empty();
            }
            byte[] body = in.readAllBytes();
            if (checksum(List.of(body)) != header.checksum()) {
                return Optional.empty();
            }
            return Optional.of(new Stored(header.key(), read(header, body, threads, abandoned)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code result} under {@code key}, atomically; a cache that cannot be written is left as it was. */
    void save(String key, Result result) {
        try {
            List<byte[]> chunks = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            Result rest = new Result(result.policy(), List.of(), List.of(), result.problems(), result.recipientUses(),
                    result.stats(), result.rules(), List.of(), result.flows(), result.baseline());
            chunks.add(SMILE.writeValueAsBytes(rest));
            parts.add(REST);
            addTabledChunks(chunks, parts, INVENTORY, result.inventory(), EvidenceRows.TABLE,
                    (Numbering<Evidence> table) -> EvidenceRows.rows(table));
            addTabledChunks(chunks, parts, FINDINGS, result.findings(), FixLines.TABLE,
                    (Numbering<String> table) -> table.values());
            addChunks(chunks, parts, SNIPPETS, result.snippets());
            byte[] header = SMILE.writeValueAsBytes(new Header(key, parts, chunks.stream().map(c -> c.length).toList(),
                    checksum(chunks)));
            CacheFile.write(file, out -> {
                out.writeInt(MAGIC);
                out.writeInt(header.length);
                out.write(header);
                for (byte[] chunk : chunks) {
                    out.write(chunk);
                }
            });
        } catch (IOException e) {
            // The cache only saves time: without it the next run analyses again.
        }
    }

    /**
     * The CRC-32C of the bytes after the header. A cache whose bytes do not match is a miss, so
     * that the parts read later ({@link DecodedOnFirstUse}) are read from the bytes that were written.
     */
    private static long checksum(List<byte[]> chunks) {
        CRC32C crc = new CRC32C();
        chunks.forEach(crc::update);
        return crc.getValue();
    }

    /** What a chunk of the cache holds: the small parts of the result, or a slice of one of its long lists. */
    private static final String REST = "rest";
    private static final String INVENTORY = "inventory";
    private static final String FINDINGS = "findings";
    private static final String SNIPPETS = "snippets";

    /** The cache's header: the key it was computed under, and the part and length of each chunk that follows. */
    record Header(String key, List<String> parts, List<Integer> lengths, long checksum) {
    }

    private void addChunks(List<byte[]> chunks, List<String> parts, String part, List<?> items) throws IOException {
        for (int from = 0; from < items.size(); from += chunkItems) {
            chunks.add(SMILE.writeValueAsBytes(items.subList(from, Math.min(items.size(), from + chunkItems))));
            parts.add(part);
        }
    }

    /**
     * Long lists whose items repeat values in chunks: each chunk is its table ({@link Numbering},
     * written by {@code onDisk}) with its length in front, then the items, which the serializers
     * given the table as {@code attribute} write as numbers into it (the findings' snippet lines,
     * {@link FixLines}; the inventory's evidence, {@link EvidenceRows}).
     */
    private <K> void addTabledChunks(List<byte[]> chunks, List<String> parts, String part, List<?> items, String attribute,
            Function<Numbering<K>, ?> onDisk) throws IOException {
        for (int from = 0; from < items.size(); from += chunkItems) {
            Numbering<K> table = new Numbering<>();
            byte[] written = SMILE.writer().withAttribute(attribute, table)
                    .writeValueAsBytes(items.subList(from, Math.min(items.size(), from + chunkItems)));
            byte[] tableBytes = SMILE.writeValueAsBytes(onDisk.apply(table));
            chunks.add(ByteBuffer.allocate(Integer.BYTES + tableBytes.length + written.length)
                    .putInt(tableBytes.length).put(tableBytes).put(written).array());
            parts.add(part);
        }
    }

    /** How a tabled chunk's table is read back into what its items' deserializers look values up in. */
    @FunctionalInterface
    private interface TableReader {
        Object read(byte[] body, int offset, int length) throws IOException;
    }

    /** The items of a chunk written by {@link #addTabledChunks}, with its table read by {@code table} as {@code attribute}. */
    private static <T> List<T> readTabled(byte[] body, int offset, int length, TypeReference<List<T>> itemsType,
            String attribute, TableReader table) throws IOException {
        int tableLength = ByteBuffer.wrap(body, offset, Integer.BYTES).getInt();
        int tableOffset = offset + Integer.BYTES;
        Object values = table.read(body, tableOffset, tableLength);
        int itemsOffset = tableOffset + tableLength;
        return SMILE.readerFor(itemsType).withAttribute(attribute, values)
                .readValue(body, itemsOffset, offset + length - itemsOffset);
    }

    /**
     * The result from the chunks of {@code body}: the small parts and the findings parsed now, on
     * several threads when there are many, and the inventory and snippets, which only reports
     * read, when they are first read.
     */
    private static Result read(Header header, byte[] body, int threads, Predicate<String> abandoned) throws IOException {
        Chunks chunks = new Chunks(header, body);
        Object[] eager = chunks.decode(i -> !LATER.contains(header.parts().get(i)), threads, () -> abandoned.test(header.key()));
        Result rest = null;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < eager.length; i++) {
            if (eager[i] instanceof Result small) {
                rest = small;
            } else if (eager[i] != null) {
                findings.addAll(castList(eager[i]));
            }
        }
        if (rest == null) {
            throw new IllegalArgumentException("the result cache has no result");
        }
        return new Result(rest.policy(), chunks.<InventoryEntry>later(INVENTORY, threads), findings, rest.problems(),
                rest.recipientUses(), rest.stats(), rest.rules(), chunks.<Snippet>later(SNIPPETS, threads), rest.flows(),
                rest.baseline());
    }

    /** The parts that are decoded when first read ({@link DecodedOnFirstUse}). */
    private static final Set<String> LATER = Set.of(INVENTORY, SNIPPETS);

    /** The chunks of a cache's body, each at its offset. */
    private record Chunks(Header header, byte[] body, int[] offsets) {

        Chunks(Header header, byte[] body) {
            this(header, body, offsets(header.lengths()));
        }

        private static int[] offsets(List<Integer> lengths) {
            int[] offsets = new int[lengths.size()];
            for (int i = 1; i < offsets.length; i++) {
                offsets[i] = offsets[i - 1] + lengths.get(i - 1);
            }
            return offsets;
        }

        /** The chunks that {@code wanted} names, parsed on {@code threads}; the others' slots stay null. */
        Object[] decode(IntPredicate wanted, int threads, BooleanSupplier abandoned) throws IOException {
            Object[] values = new Object[offsets.length];
            ParallelWork.runReading(offsets.length, threads, "lawful-result-cache", "reading the result cache", chunk -> {
                if (!wanted.test(chunk)) {
                    return;
                }
                if (abandoned.getAsBoolean()) {
                    throw new CancellationException("the cached result is of other inputs");
                }
                values[chunk] = readChunk(header.parts().get(chunk), body, offsets[chunk], header.lengths().get(chunk));
            });
            return values;
        }

        /** The items of every chunk of {@code part}, in order, decoded when first read. */
        <T> List<T> later(String part, int threads) {
            return new DecodedOnFirstUse<T>(() -> {
                List<T> items = new ArrayList<>();
                for (Object chunk : decode(i -> header.parts().get(i).equals(part), threads, () -> false)) {
                    if (chunk != null) {
                        items.addAll(castList(chunk));
                    }
                }
                return items;
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object chunk) {
        return (List<T>) chunk;
    }

    private static Object readChunk(String part, byte[] body, int offset, int length) throws IOException {
        return switch (part) {
            case REST -> SMILE.readValue(body, offset, length, Result.class);
            case INVENTORY -> readTabled(body, offset, length, new TypeReference<List<InventoryEntry>>() { }, EvidenceRows.TABLE,
                    (table, from, size) -> EvidenceRows.evidence(
                            SMILE.readValue(table, from, size, new TypeReference<List<EvidenceRows.Row>>() { })));
            case FINDINGS -> readTabled(body, offset, length, new TypeReference<List<Finding>>() { }, FixLines.TABLE,
                    (table, from, size) -> SMILE.readValue(table, from, size, new TypeReference<List<String>>() { }));
            case SNIPPETS -> SMILE.readValue(body, offset, length, new TypeReference<List<Snippet>>() { });
            default -> throw new IllegalArgumentException("unknown part of the result cache: " + part);
        };
    }

    /**
     * A file, or every regular file under a folder in a stable order, with the attributes the
     * walk read of each regular one in {@code listed}.
     */
    private static void addTree(List<Path> files, Map<Path, BasicFileAttributes> listed, Path entry) throws IOException {
        if (!Files.isDirectory(entry)) {
            files.add(entry);
            return;
        }
        try (Stream<Path> walk = Files.find(entry, Integer.MAX_VALUE, (path, attributes) -> {
            if (!isFile(path, attributes)) {
                return false;
            }
            if (attributes.isRegularFile()) {
                listed.put(path, attributes);
            }
            return true;
        })) {
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
