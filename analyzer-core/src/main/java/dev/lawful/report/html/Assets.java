package dev.lawful.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's stylesheet and script, inlined into every report, and the
 * Content-Security-Policy that allows exactly these two and nothing else.
 */
record Assets(String css, String js) {

    static Assets load() {
        return new Assets(resource("report.css"), resource("report.js"));
    }

    /** Allows only the inline style and script of this report, by hash; no network, no other code. */
    String contentSecurityPolicy() {
        return "default-src 'none'; style-src '" + hash(css) + "'; script-src '" + hash(js)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
    }

    private static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing report resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report resource " + name, e);
        }
    }
}
