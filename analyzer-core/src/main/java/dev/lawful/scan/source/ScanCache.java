package dev.lawful.scan.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lawful.policy.FlowVocabulary;
import dev.lawful.policy.Sink;
import dev.lawful.scan.SourceFileScan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What earlier scans found in each source file, keyed by the file's path and the SHA-256 of
 * its bytes, so that an unchanged file is not parsed again. Kept in one JSON file in the
 * output folder; valid only for the tool version, encoding, body blanking and sinks (with the
 * flow vocabulary) that wrote it (any other discards it whole), since which bodies are parsed
 * and what the flow analysis extracts from them depend on the sinks. Only the parse is
 * cached: classification, declarations, flow resolution and checks run on every analysis, so
 * a changed rule file or dependency jar needs no invalidation unless it changes the sinks. A file that is missing, unreadable or from another version is an empty
 * cache, never an error: the scan then parses everything and writes a fresh one.
 */
public final class ScanCache {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final String key;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private record Entry(String sha256, SourceFileScan scan) {
    }

    private ScanCache(Path file, String key, Map<String, Entry> previous) {
        this.file = file;
        this.key = key;
        this.previous = previous;
    }

    /**
     * Opens the cache file, or starts an empty cache when it is missing or was written by
     * another configuration.
     *
     * @param toolVersion the analyzer's version: another version's cache is not read
     */
    public static ScanCache open(Path file, String toolVersion, Charset encoding, boolean blankBodies) {
        return open(file, toolVersion, encoding, blankBodies, flowKey(List.of(), FlowVocabulary.NONE));
    }

    /** @param flowKey {@link #flowKey} of the sinks and vocabulary the scan extracts flows for */
    public static ScanCache open(Path file, String toolVersion, Charset encoding, boolean blankBodies, String flowKey) {
        String key = toolVersion + "|" + (encoding == null ? "detect" : encoding.name()) + "|" + blankBodies + "|" + flowKey;
        return new ScanCache(file, key, read(file, key));
    }

    private static Map<String, Entry> read(Path file, String key) {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !key.equals(root.path("key").asText())) {
                return entries;
            }
            root.path("files").fields().forEachRemaining(e -> entries.put(e.getKey(), new Entry(
                    e.getValue().path("sha256").asText(),
                    JSON.convertValue(e.getValue().path("scan"), SourceFileScan.class))));
        } catch (IOException | IllegalArgumentException e) {
            entries.clear();
        }
        return entries;
    }

    /** A digest of what the flow analysis reads: every sink (as its record prints it) and the vocabulary. */
    public static String flowKey(Collection<Sink> sinks, FlowVocabulary vocabulary) {
        StringBuilder text = new StringBuilder();
        sinks.forEach(sink -> text.append(sink).append('\n'));
        text.append(vocabulary);
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The earlier scan of {@code path} when its bytes are the same, else null. */
    SourceFileScan lookUp(String path, String sha256) {
        Entry entry = previous.get(path);
        if (entry == null || !entry.sha256().equals(sha256)) {
            return null;
        }
        current.put(path, entry);
        return entry.scan();
    }

    /** Remembers what this run found in {@code path}. */
    void store(String path, String sha256, SourceFileScan scan) {
        current.put(path, new Entry(sha256, scan));
    }

    /** How many files this run took from the cache. */
    public int hits() {
        return (int) current.entrySet().stream()
                .filter(e -> Objects.equals(previous.get(e.getKey()), e.getValue())).count();
    }

    /**
     * Writes what this run scanned (files gone since are dropped), atomically; a cache that
     * cannot be written is left as it was.
     */
    public void save() {
        ObjectNode root = JSON.createObjectNode();
        root.put("key", key);
        ObjectNode files = root.putObject("files");
        new TreeMap<>(current).forEach((path, entry) -> files.putObject(path)
                .put("sha256", entry.sha256()).set("scan", JSON.valueToTree(entry.scan())));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    JSON.writeValue(out, root);
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
            // The cache only saves time: without it the next run parses again.
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
