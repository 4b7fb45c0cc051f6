package dev.lawful;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void aDevelopmentBuildsFingerprintAddsAHashOfItsCode() {
        String version = Version.get();
        assertTrue(version.endsWith("-SNAPSHOT"), "the tests run on a development build: " + version);
        String fingerprint = Version.fingerprint();
        assertTrue(fingerprint.matches(java.util.regex.Pattern.quote(version) + "\\+[0-9a-f]{16}"), fingerprint);
        assertEquals(fingerprint, Version.fingerprint(), "computed once, the same for the whole run");
    }
}
