package dev.lawful.check;

import java.util.Comparator;

/**
 * One accepted finding in a baseline file. Only the fingerprint matches; the rest is there
 * for the people who review the file.
 *
 * @param subject {@code class#member} for a code finding, else its file
 */
public record BaselineEntry(String fingerprint, String ruleId, String subject, String message) {

    /** Baseline-file order: by rule, subject, message, fingerprint. */
    public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::ruleId)
            .thenComparing(BaselineEntry::subject)
            .thenComparing(BaselineEntry::message)
            .thenComparing(BaselineEntry::fingerprint);

    public static BaselineEntry of(Finding finding) {
        String subject = finding.className() != null
                ? finding.className() + (finding.member() != null ? "#" + finding.member() : "")
                : String.valueOf(finding.file());
        return new BaselineEntry(Fingerprint.of(finding), finding.ruleId(), subject, finding.message());
    }
}
