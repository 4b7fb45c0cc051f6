package dev.lawful.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    private static final List<String> SUPPORTED = List.of("json", "sarif", "html");

    @Test
    void keepsWrittenOrderAndDropsRepeatsAndBlanks() throws MojoExecutionException {
        assertEquals(List.of("html", "json"), ReportFormats.parse(" HTML, json,,html ", SUPPORTED));
    }

    @Test
    void unknownFormatNamesParameterAndSupportedFormats() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> ReportFormats.parse("json,pdf", SUPPORTED));
        assertEquals("Invalid value 'json,pdf' for parameter 'formats' (property lawful.formats);"
                + " allowed values: json, sarif, html", e.getMessage());
    }

    @Test
    void onlySeparatorsIsNotAList() {
        assertThrows(MojoExecutionException.class, () -> ReportFormats.parse(" , ", SUPPORTED));
    }
}
