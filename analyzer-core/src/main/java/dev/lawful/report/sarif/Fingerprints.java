package dev.lawful.report.sarif;

import dev.lawful.check.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Fingerprints that identify a finding across runs, independent of its line: a code finding
 * by rule, class, member and category; a flow finding by rule, class, category and the path's
 * labels (the source, the variables, the call, as written); any other finding by rule, file,
 * category and message.
 */
final class Fingerprints {

    /** The partialFingerprints key; the version changes if the recipe ever does. */
    static final String KEY = "lawful/v1";

    private Fingerprints() {
    }

    static String of(Finding finding) {
        if (!finding.path().isEmpty()) {
            String path = finding.path().stream().map(step -> step.label()).reduce((a, b) -> a + "\u0001" + b).orElse("");
            return sha256(String.join("\u0000", finding.ruleId(), finding.className(),
                    Objects.toString(finding.category(), ""), path));
        }
        String identity = finding.className() != null
                ? String.join("\u0000", finding.ruleId(), finding.className(),
                        Objects.toString(finding.member(), ""), Objects.toString(finding.category(), ""))
                : String.join("\u0000", finding.ruleId(), Objects.toString(finding.file(), ""),
                        Objects.toString(finding.category(), ""), finding.message());
        return sha256(identity);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
