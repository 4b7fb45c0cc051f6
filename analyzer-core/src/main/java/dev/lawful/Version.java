package dev.lawful;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;

/** The analyzer's version, as the build stamped it. */
public final class Version {

    private static final String VERSION = load();

    /** The bundled rule sets' index, to find the jar that holds them. */
    private static final String BUILTINS = "lawful/rules/builtins.txt";

    private static volatile String fingerprint;

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    /**
     * What the caches are keyed by. A release's version fixes its code and bundled rule sets;
     * a development build ({@code -SNAPSHOT}) changes under the same version, so its
     * fingerprint adds a SHA-256 over the jars (or class folders: names, sizes and times) that
     * hold the analyzer and the bundled rule sets.
     */
    public static String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = VERSION.endsWith("-SNAPSHOT") || VERSION.equals("unknown") ? VERSION + "+" + codeHash() : VERSION;
            fingerprint = known;
        }
        return known;
    }

    private static String codeHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hashLocation(digest, Version.class.getProtectionDomain().getCodeSource());
            URL builtins = Version.class.getClassLoader().getResource(BUILTINS);
            if (builtins != null) {
                digest.update(builtins.toString().getBytes(StandardCharsets.UTF_8));
                String jar = builtins.toString();
                if (jar.startsWith("jar:file:") && jar.contains("!/")) {
                    hashPath(digest, Path.of(new URI(jar.substring(4, jar.indexOf("!/")))));
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException | IOException | URISyntaxException | IllegalArgumentException e) {
            // unknown code: a key that no other run shares, so nothing stale is reused
            return "uncached-" + System.nanoTime();
        }
    }

    private static void hashLocation(MessageDigest digest, CodeSource source) throws IOException, URISyntaxException {
        if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
            hashPath(digest, Path.of(source.getLocation().toURI()));
        }
    }

    private static void hashPath(MessageDigest digest, Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                byte[] buffer = new byte[1 << 16];
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
            }
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update((path.relativize(file) + "|" + Files.size(file) + "|"
                        + Files.getLastModifiedTime(file).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
