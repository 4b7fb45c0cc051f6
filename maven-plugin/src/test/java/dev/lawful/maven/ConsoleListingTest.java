package dev.lawful.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.scan.FlowStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConsoleListingTest {

    private static final Path HTML = Path.of("target/lawful/lawful.html");

    @Test
    void groupsByFileOneLinePerFindingWithPlaceRuleCategoryMemberAndMessage() {
        List<Finding> findings = List.of(
                code("Customer.java", 12, Severity.ERROR, "personal-data-undeclared", "email"),
                code("Customer.java", 14, Severity.WARNING, "declaration-stale", "phone"),
                code("Order.java", 3, Severity.NOTE, "recipient-unused", "ip"));

        List<ConsoleListing.Line> lines = new ConsoleListing(20).lines(findings, Severity.ERROR, HTML);

        assertEquals(List.of(
                "src/Customer.java",
                "  12:5 error personal-data-undeclared [user.contact] Shop#email: about email",
                "  14:5 warning declaration-stale [user.contact] Shop#phone: about phone",
                "src/Order.java",
                "  3:5 note recipient-unused [user.contact] Shop#ip: about ip"),
                lines.stream().map(ConsoleListing.Line::text).toList());
        assertEquals(List.of(true, true, false, false, false), lines.stream().map(ConsoleListing.Line::failing).toList());
    }

    @Test
    void aFlowFindingShowsItsPathOnItsLine() {
        List<FlowStep> path = List.of(new FlowStep("customer.getEmail()", "src/Signup.java", 20, 9),
                new FlowStep("log.info(message)", "src/Signup.java", 21, 9));
        Finding flow = new Finding("personal-data-in-log", Severity.WARNING, "com.shop.Signup", null, "src/Signup.java",
                21, 9, "user.contact.email", "E-mail reaches a log", null, path);

        List<String> lines = texts(new ConsoleListing(20).lines(List.of(flow), Severity.ERROR, HTML));

        assertEquals(List.of("src/Signup.java", "  21:9 warning personal-data-in-log [user.contact.email] Signup: E-mail"
                + " reaches a log (path: customer.getEmail() (line 20) -> log.info(message) (line 21))"), lines);
    }

    @Test
    void findingsThatFailTheBuildComeFirst() {
        List<Finding> findings = List.of(
                policy("builtin:gdpr", 3, "policy-right-missing", "no right"),
                code("Z.java", 1, Severity.ERROR, "legal-basis-missing", "z"));

        List<String> lines = texts(new ConsoleListing(1).lines(findings, Severity.ERROR, HTML));

        assertEquals(List.of("src/Z.java", "  1:5 error legal-basis-missing [user.contact] Shop#z: about z",
                "... and 1 more: " + HTML), lines);
    }

    @Test
    void cutsAtTheLimitAndSaysHowManyMoreAndWhere() {
        List<Finding> findings = IntStream.rangeClosed(1, 25)
                .mapToObj(line -> code("F" + (line % 2) + ".java", line, Severity.ERROR, "legal-basis-missing", "f" + line))
                .sorted(Finding.ORDER).toList();

        List<String> lines = texts(new ConsoleListing(20).lines(findings, Severity.ERROR, HTML));

        assertEquals(20, lines.stream().filter(l -> l.startsWith("  ")).count());
        assertEquals("... and 5 more: " + HTML, lines.get(lines.size() - 1));
        assertEquals(2, lines.stream().filter(l -> l.startsWith("src/")).count());
    }

    @Test
    void unlimitedPrintsAll() {
        List<Finding> findings = IntStream.rangeClosed(1, 30)
                .mapToObj(line -> code("A.java", line, Severity.ERROR, "legal-basis-missing", "f" + line)).toList();
        List<String> lines = texts(new ConsoleListing(Integer.MAX_VALUE).lines(findings, Severity.ERROR, HTML));
        assertEquals(31, lines.size());
    }

    @Test
    void findingsAboutABundledRuleFileAreOneLinePerRule() {
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= 12; line++) {
            findings.add(policy("builtin:jalonom", line, "policy-right-missing", "purpose p" + line + " names no right"));
        }
        findings.add(policy("builtin:jalonom", 40, "policy-consent-implied", "consent implied"));
        findings.add(policy("lawful.yaml", 7, "policy-right-missing", "purpose mine names no right"));

        List<String> lines = texts(new ConsoleListing(20).lines(findings, null, HTML));

        assertEquals(List.of(
                "builtin:jalonom",
                "  warning policy-right-missing: 12 entries, such as: purpose p1 names no right",
                "  warning policy-consent-implied: consent implied",
                "lawful.yaml",
                "  7:1 warning policy-right-missing: purpose mine names no right"), lines);
    }

    @Test
    void aSummarisedRuleCutByTheLimitCountsAllItsFindings() {
        List<Finding> findings = new ArrayList<>();
        findings.add(code("A.java", 1, Severity.ERROR, "legal-basis-missing", "a"));
        for (int line = 1; line <= 7; line++) {
            findings.add(policy("builtin:gdpr", line, "policy-right-missing", "no right"));
        }
        List<String> lines = texts(new ConsoleListing(1).lines(findings, Severity.ERROR, null));
        assertEquals("... and 7 more", lines.get(lines.size() - 1));
    }

    private static List<String> texts(List<ConsoleListing.Line> lines) {
        return lines.stream().map(ConsoleListing.Line::text).toList();
    }

    private static Finding code(String file, int line, Severity severity, String rule, String member) {
        return new Finding(rule, severity, "com.shop.Shop", member, "src/" + file, line, 5, "user.contact",
                "about " + member, null);
    }

    private static Finding policy(String file, int line, String rule, String message) {
        return new Finding(rule, Severity.WARNING, null, null, file, line, 1, null, message, null);
    }
}
