package dev.lawful.report.sarif;

import dev.lawful.check.Fingerprint;
import dev.lawful.check.Finding;

/** The SARIF {@code partialFingerprints} entry of a finding: {@link Fingerprint}, under a versioned key. */
final class Fingerprints {

    /** The partialFingerprints key; the version changes if the recipe ever does. */
    static final String KEY = "lawful/v1";

    private Fingerprints() {
    }

    static String of(Finding finding) {
        return Fingerprint.of(finding);
    }
}
