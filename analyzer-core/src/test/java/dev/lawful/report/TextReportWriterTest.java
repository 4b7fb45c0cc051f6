package dev.lawful.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.Result;
import dev.lawful.scan.ParseProblem;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

    @Test
    void countsOfOneAreSingularAndProblemsWithoutAPositionShowOnlyTheirFile() throws Exception {
        Result shop = ReportFixture.webshop();
        Result one = new Result(shop.policy(), shop.inventory(), shop.findings(),
                List.of(new ParseProblem("lib/notes.jar", 0, 0, "not a jar or zip file"),
                        new ParseProblem("src/Broken.java", 3, 7, "Parse error")),
                shop.recipientUses(), new Result.Stats(1, 1, 1, 1), shop.rules(), shop.snippets());
        StringWriter out = new StringWriter();

        new TextReportWriter().write(one, out);

        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(1).startsWith("Scanned 1 source file and 1 class file: 1 type, 1 field; "), lines.get(1));
        assertTrue(lines.contains("  lib/notes.jar  not a jar or zip file"), out::toString);
        assertTrue(lines.contains("  src/Broken.java:3:7  Parse error"), out::toString);
        assertTrue(lines.get(lines.size() - 1).endsWith("; 2 files could not be analysed."), out::toString);
    }
}
