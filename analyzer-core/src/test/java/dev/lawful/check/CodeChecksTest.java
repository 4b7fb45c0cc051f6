package dev.lawful.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawful.Analyzer;
import dev.lawful.AnalyzerConfig;
import dev.lawful.ExpectedFindings;
import dev.lawful.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole pipeline over a small shop whose Java files state, in comments, the
 * findings each line must raise; every check over code is exercised positively and
 * negatively there.
 */
class CodeChecksTest {

    private static final Path FIXTURE = Path.of("src/test/resources/checks/shop");
    private static Result result;

    @BeforeAll
    static void analyse() throws Exception {
        var config = AnalyzerConfig.ofSources(FIXTURE, List.of(FIXTURE.resolve("src")),
                List.of("lawful.yaml"));
        result = new Analyzer(config).run();
    }

    @Test
    void codeFindingsAreExactlyThoseTheFixtureAnnounces() {
        Set<String> codeRules = Checks.all().stream().map(c -> c.info().id()).collect(Collectors.toSet());
        Set<String> actual = result.findings().stream()
                .filter(f -> f.className() != null && codeRules.contains(f.ruleId()))
                .map(f -> f.file() + ":" + f.line() + " " + f.ruleId())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(ExpectedFindings.under(FIXTURE, FIXTURE.resolve("src")), actual);
    }

    @Test
    void staleDeclarationsPointAtTheirYamlLines() throws Exception {
        List<String> stale = result.findings().stream()
                .filter(f -> f.ruleId().equals("declaration-stale"))
                .map(f -> f.file() + ":" + f.line() + " " + f.message())
                .toList();

        assertEquals(2, stale.size(), stale::toString);
        String rules = "lawful.yaml";
        assertEquals(rules + ":" + lineOf("- id: removed-class") + " declaration removed-class matches no personal data in the scanned code"
                + " (classes: com.shop.legacy.OldCustomer)", stale.get(0));
        assertEquals(rules + ":" + lineOf("- id: renamed-field") + " declaration renamed-field names field faxNumber, which no class matching"
                + " com.shop.customer.Customer has", stale.get(1));
    }

    private static int lineOf(String text) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(FIXTURE.resolve("lawful.yaml"));
        return lines.stream().map(String::strip).toList().indexOf(text) + 1;
    }

    @Test
    void aDeclarationThatNamesAFieldMakesItPersonal() {
        var alias = result.inventory().stream()
                .filter(e -> e.element().id().equals("com.shop.clinic.Visit#alias"))
                .findFirst()
                .orElseThrow();

        assertEquals(List.of("user.name"), alias.classification().categories());
        assertEquals("contract", alias.declaration().legalBasis());
    }

    @Test
    void undeclaredFieldsComeWithACopyableDeclaration() {
        Finding lastName = result.findings().stream()
                .filter(f -> f.ruleId().equals("personal-data-undeclared") && "lastName".equals(f.member()))
                .findFirst()
                .orElseThrow();

        assertEquals("""
                declarations:
                  - id: invoice-last-name
                    classes: [com.shop.order.Invoice]
                    fields: [lastName]
                    purposes: [invoicing]
                    legalBasis: accounting-law
                    retention: RETENTION_RULE   # one of: account-life, bookkeeping
                """, lastName.fix().yaml());
    }
}
