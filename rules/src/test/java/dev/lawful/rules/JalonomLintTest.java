package dev.lawful.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.check.Finding;
import dev.lawful.check.policy.PolicyLint;
import dev.lawful.policy.load.PolicyLoader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lint reports on builtin:jalonom exactly the gaps the policy's English reading lists. */
class JalonomLintTest {

    private final PolicyLoader loader = new PolicyLoader(getClass().getClassLoader());
    private final PolicyLint lint = new PolicyLint();

    @Test
    void reportsTheGapsOfTheJalonomPolicy() throws ConfigurationException {
        List<Finding> findings = lint.lint(loader.load(List.of("builtin:jalonom")));

        Map<String, Long> counts = findings.stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("policy-controller-ambiguous", 1L),       // §1: two companies, no business ids
                Map.entry("policy-contact-not-dpo", 1L),            // §2: a "representative"
                Map.entry("policy-purpose-basis-interpreted", 10L), // §4-5: bases never tied to purposes
                Map.entry("policy-profiling-without-consent", 2L),  // §5: marketing and profiling, no objection route
                Map.entry("policy-retention-missing", 13L),         // no retention period anywhere, for each §6 category
                Map.entry("policy-recipient-categories-missing", 5L), // §8-9: partners named for purposes, not categories
                Map.entry("policy-transfer-without-safeguard", 5L), // §8-9: outside the EU/EEA, no safeguard
                Map.entry("policy-consent-implied", 2L),            // §8: consent by use of the site
                Map.entry("policy-right-missing", 2L),              // §11-12: no objection, no portability
                Map.entry("policy-withdraw-consent-missing", 1L),
                Map.entry("policy-complaint-right-missing", 1L))), counts, findings.toString());
    }

    @Test
    void everyFindingPointsIntoTheJalonomRuleFile() throws ConfigurationException {
        for (Finding finding : lint.lint(loader.load(List.of("builtin:jalonom")))) {
            assertEquals("builtin:jalonom", finding.file(), finding.toString());
            assertTrue(finding.line() > 0, finding.toString());
        }
    }

    @Test
    void theCookiePartnersAreNamedForWhatTheyAreForNotWhatTheyGet() throws ConfigurationException {
        List<String> messages = lint.lint(loader.load(List.of("builtin:jalonom"))).stream()
                .filter(f -> f.ruleId().equals("policy-recipient-categories-missing")).map(Finding::message).toList();

        assertTrue(messages.stream().anyMatch(m -> m.contains("'google-analytics'") && m.contains("content-tracking")
                && m.contains("usage-analytics")), messages.toString());
    }

    @Test
    void theRightsThatAreMissingAreNamed() throws ConfigurationException {
        List<String> messages = lint.lint(loader.load(List.of("builtin:jalonom"))).stream()
                .filter(f -> f.ruleId().equals("policy-right-missing")).map(Finding::message).toList();

        assertTrue(messages.get(0).contains("objection") || messages.get(1).contains("objection"), messages.toString());
        assertTrue(messages.get(0).contains("portability") || messages.get(1).contains("portability"),
                messages.toString());
    }

    @Test
    void theBareTaxonomyIsQuiet() throws ConfigurationException {
        List<Finding> findings = lint.lint(loader.load(List.of("builtin:gdpr")));

        assertEquals(List.of("policy-taxonomy-only"), findings.stream().map(Finding::ruleId).toList());
    }
}
