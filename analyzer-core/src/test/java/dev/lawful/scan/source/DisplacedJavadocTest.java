package dev.lawful.scan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lawful.scan.CodeElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field's Javadoc is read when the field's line also ends in a comment, which JavaParser attaches instead. */
class DisplacedJavadocTest {

    @Test
    void theJavadocAboveAFieldWithATrailingCommentIsStillItsJavadoc(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Reply.java"), """
                class Reply {
                    /** The e-mail address to answer to. */
                    private String target; // legacy name

                    /** Read by the mailer. */

                    private String other; // not documented: a blank line parts it from the Javadoc

                    private String plain; // no Javadoc at all
                }
                """);
        List<CodeElement> fields = new SourceScanner(0).scan(dir, List.of(dir)).files().get(0).types().get(0).fields();
        assertEquals("The e-mail address to answer to.", fields.get(0).javadoc());
        assertNull(fields.get(1).javadoc());
        assertNull(fields.get(2).javadoc());
    }
}
