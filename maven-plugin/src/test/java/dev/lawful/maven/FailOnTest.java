package dev.lawful.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lawful.check.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class FailOnTest {

    @Test
    void parsesEachValueIgnoringCaseAndSpaces() throws MojoExecutionException {
        assertEquals(Severity.ERROR, FailOn.parse("error").threshold());
        assertEquals(Severity.WARNING, FailOn.parse(" Warning ").threshold());
        assertEquals(Severity.NOTE, FailOn.parse("note").threshold());
        assertNull(FailOn.parse("NEVER").threshold());
    }

    @Test
    void wrongValueNamesParameterPropertyValueAndAllowedValues() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> FailOn.parse("banana"));
        assertEquals("Invalid value 'banana' for parameter 'failOn' (property lawful.failOn);"
                + " allowed values: error, warning, note, never", e.getMessage());
    }

    @Test
    void emptyValueIsWrongToo() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> FailOn.parse(""));
        assertEquals("Invalid value '' for parameter 'failOn' (property lawful.failOn);"
                + " allowed values: error, warning, note, never", e.getMessage());
    }
}
