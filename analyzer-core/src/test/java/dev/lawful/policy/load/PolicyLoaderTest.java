package dev.lawful.policy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.policy.Policy;
import dev.lawful.policy.Purpose;
import dev.lawful.policy.Recipient;
import dev.lawful.policy.SourceRef;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

    private static final String VALID = "src/test/resources/policy-loader/valid/";

    private final PolicyLoader loader = RejectedRuleFilesTest.loader();

    @Test
    void yamlOneOneBooleanWordsStayText() throws ConfigurationException {
        Policy policy = loader.load(List.of(VALID + "no-stays-string.yaml"));

        assertEquals("NO", policy.name());
        assertEquals("NO", policy.recipients().get("norwegian-partner").country());
        assertEquals(List.of("yes", "on", "off", "NO"), policy.sources());
        assertFalse(policy.purposes().get("orders").directMarketing());
    }

    @Test
    void extendsChainsComposeBaseFirstAndEachFileIsReadOnce() throws ConfigurationException {
        Policy policy = loader.load(List.of(VALID + "shop.yaml"));

        assertEquals("shop", policy.id());
        assertEquals(List.of("builtin:mini", VALID + "parts/extra.yaml", VALID + "shop.yaml"), policy.files());
    }

    @Test
    void aLaterEntryReplacesTheEarlierOneWithTheSameId() throws ConfigurationException {
        Policy policy = loader.load(List.of(VALID + "shop.yaml"));

        Purpose orders = policy.purposes().get("orders");
        assertEquals("Order handling", orders.name());
        assertEquals(List.of("contract", "legal-obligation"), orders.legalBases());
        assertTrue(orders.legalBasesInterpreted());
        assertEquals(new SourceRef(VALID + "shop.yaml", 13, 5), orders.ref());
        assertEquals(List.of("orders", "newsletter"), List.copyOf(policy.purposes().keySet()));
    }

    @Test
    void listsAddUpAndScalarsAndDisclosureComeFromTheLastFileThatHasThem() throws ConfigurationException {
        Policy policy = loader.load(List.of(VALID + "shop.yaml"));

        assertEquals(List.of("extra-newsletter", "customer"),
                policy.declarations().stream().map(d -> d.id()).toList());
        assertEquals(List.of("web forms", "phone"), policy.sources());
        assertEquals(List.of("access", "rectification", "complaint"), policy.rights());
        assertEquals("Shop customer register", policy.register());
        assertEquals(List.of("user.contact", "user.name"), policy.disclosedCategories());
        assertEquals(Period.ofYears(7), policy.retention().get("orders-7y").period());
        assertEquals(1, policy.overrides().size());
    }

    @Test
    void aRecipientThatIsAKnownServiceTakesItsNameAndCountry() throws ConfigurationException {
        Recipient payments = loader.load(List.of(VALID + "shop.yaml")).recipients().get("payments");

        assertEquals("Stripe", payments.name());
        assertEquals("US", payments.country());
        assertEquals("scc", payments.transfer().mechanism());
    }

    @Test
    void theControllerAndItsContactAreRead() throws ConfigurationException {
        Policy policy = loader.load(List.of(VALID + "shop.yaml"));

        assertEquals("Shop Oy", policy.controller().name());
        assertEquals("1234567-8", policy.controller().entities().get(0).businessId());
        assertEquals("dpo", policy.controller().contact().role());
        assertEquals(List.of("dpo@shop.example"), policy.controller().contact().email());
    }

    @Test
    void locationsPointIntoTheRuleFiles() throws ConfigurationException {
        Policy policy = loader.load(List.of(VALID + "shop.yaml"));

        assertEquals(new SourceRef(VALID + "shop.yaml", 34, 1), policy.locate("rights"));
        assertEquals(new SourceRef(VALID + "shop.yaml", 32, 23), policy.locate("disclosedCategories/user.contact"));
        assertEquals(new SourceRef(VALID + "shop.yaml", 3, 5), policy.locate("no-such-key"));
    }

    @Test
    void severalReferencesComposeLeftToRight() throws ConfigurationException {
        Policy policy = loader.load(List.of("builtin:mini", VALID + "no-stays-string.yaml", VALID + "shop.yaml"));

        assertEquals("shop", policy.id());
        assertEquals("Order handling", policy.purposes().get("orders").name());
        assertTrue(policy.recipients().containsKey("norwegian-partner"));
        assertEquals(4, policy.files().size());
    }

    @Test
    void detectionPatternsAreLowerCaseWithoutDiacritics() throws ConfigurationException {
        Policy policy = loader.load(List.of("builtin:mini"));

        assertEquals(List.of("email", "sahkoposti", "*epost"),
                policy.categories().get("user.contact.email").detection().strong());
        assertEquals(List.of("first name", "fornamn"), policy.categories().get("user.name.first").detection().strong());
        assertNull(policy.disclosedCategories());
    }

    @Test
    void detectionAdditionsExtendACategoryWithoutReplacingIt() throws ConfigurationException {
        Policy policy = loader.load(List.of(VALID + "more-patterns.yaml"));
        var email = policy.categories().get("user.contact.email");

        assertEquals(List.of("email", "sahkoposti", "*epost", "mejladress", "sahkopostiosoite"), email.detection().strong());
        assertEquals(List.of("email template"), email.detection().exclude());
        assertEquals("E-mail address", email.name(), "the rest of the category is the base's");
    }

    @Test
    void withoutReferencesTheGdprRuleSetIsLoaded() {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> loader.load(List.of()));

        assertTrue(refused.getMessage().startsWith("unknown bundled rule set 'builtin:gdpr'"), refused.getMessage());
    }

    @Test
    void aMissingRuleFileIsNamed() {
        ConfigurationException refused =
                assertThrows(ConfigurationException.class, () -> loader.load(List.of("no/such/policy.yaml")));

        assertEquals("rule file 'no/such/policy.yaml': no such rule file", refused.getMessage());
    }

    @Test
    void aRuleFileAboveTheBaseFolderIsNamedRelativeToIt(@TempDir Path reactor) throws Exception {
        Path module = Files.createDirectories(reactor.resolve("core"));
        Path rules = Files.writeString(reactor.resolve("lawful.yaml"), "lawful: 1\nid: reactor\n");

        assertEquals(List.of("../lawful.yaml"),
                new PolicyLoader(getClass().getClassLoader(), module).load(List.of(rules.toString())).files());
    }

    @Test
    void aFileOverTheSizeLimitIsRefused(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (Writer out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            out.write("lawful: 1\nid: huge\nsources:\n");
            String line = "  - " + "x".repeat(95) + "\n";
            for (int written = 0; written <= SafeYamlReader.MAX_CODE_POINTS; written += line.length()) {
                out.write(line);
            }
        }

        ConfigurationException refused =
                assertThrows(ConfigurationException.class, () -> loader.load(List.of(huge.toString())));

        assertEquals(huge + ": rule file is too large: the limit is 3145728 characters (3 MB)", refused.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "lawful: 1\nid: latin\nname: K\u00f6n\n".getBytes(StandardCharsets.ISO_8859_1));

        ConfigurationException refused =
                assertThrows(ConfigurationException.class, () -> loader.load(List.of(latin1.toString())));

        assertEquals(latin1 + ": not a UTF-8 text file", refused.getMessage());
    }
}
