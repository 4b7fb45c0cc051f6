package dev.lawful.report;

import dev.lawful.Analyzer;
import dev.lawful.check.RuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


class RulesMarkdownTest {

    private static final Path DOCS = Path.of("../docs/checks.md");

    @Test
    void docsChecksMdIsGeneratedFromTheCurrentMetadata() throws Exception {
        String generated = RulesMarkdown.render(Analyzer.rules());
        if (Boolean.getBoolean("lawful.updateDocs")) {
            Files.writeString(DOCS, generated);
        }
        assertEquals(generated, Files.readString(DOCS),
                "docs/checks.md is stale: regenerate it with -Dlawful.updateDocs=true (see its header)");
    }

    @Test
    void everyRuleHasAUniqueKebabCaseIdAndDocs() {
        List<RuleDescriptor> rules = Analyzer.rules();
        Set<String> ids = new HashSet<>();
        for (RuleDescriptor rule : rules) {
            assertTrue(ids.add(rule.id()), "duplicate id " + rule.id());
            assertTrue(rule.id().matches("[a-z]+(-[a-z]+)*"), rule.id());
            assertFalse(rule.summary().endsWith("."), "summaries have no trailing period: " + rule.id());
            assertTrue(rule.docs().length() > 80, "documented: " + rule.id());
        }
    }
}
