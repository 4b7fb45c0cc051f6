package dev.lawful.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What identifies a finding across runs, independent of its line and of formatting: a flow
 * finding by rule, class, category and its path's labels (the source, the variables, the
 * call, as written); a code finding by rule, class, member and category; any other finding
 * by rule, file, category and message. The SARIF report's {@code partialFingerprints} and the baseline both use it.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** A SHA-256 of the finding's identity, in hex. */
    public static String of(Finding finding) {
        String identity = !finding.path().isEmpty()
                ? String.join("\u0000", finding.ruleId(), finding.className(), Objects.toString(finding.category(), ""),
                        finding.path().stream().map(step -> step.label()).collect(Collectors.joining("\u0001")))
                : finding.className() != null
                ? String.join("\u0000", finding.ruleId(), finding.className(),
                        Objects.toString(finding.member(), ""), Objects.toString(finding.category(), ""))
                : String.join("\u0000", finding.ruleId(), Objects.toString(finding.file(), ""),
                        Objects.toString(finding.category(), ""), finding.message());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
