package dev.lawful.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lawful.check.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class FailOnParameterTest {

    @Test
    void parsesEachValueIgnoringCaseAndSpaces() throws MojoExecutionException {
        assertEquals(Severity.ERROR, CheckMojo.failLevel("error").threshold());
        assertEquals(Severity.WARNING, CheckMojo.failLevel(" Warning ").threshold());
        assertEquals(Severity.NOTE, CheckMojo.failLevel("note").threshold());
        assertNull(CheckMojo.failLevel("NEVER").threshold());
    }

    @Test
    void wrongValueNamesParameterPropertyValueAndAllowedValues() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> CheckMojo.failLevel("banana"));
        assertEquals("Invalid value 'banana' for parameter 'failOn' (property lawful.failOn);"
                + " allowed values: error, warning, note, never", e.getMessage());
    }

    @Test
    void emptyValueIsWrongToo() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> CheckMojo.failLevel(""));
        assertEquals("Invalid value '' for parameter 'failOn' (property lawful.failOn);"
                + " allowed values: error, warning, note, never", e.getMessage());
    }
}
