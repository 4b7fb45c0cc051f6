package dev.lawful.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.ConfigurationException;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled rule sets load without problems and hold what the taxonomy promises. */
class BundledRulesTest {

    private final PolicyLoader loader = new PolicyLoader(getClass().getClassLoader());

    @Test
    void gdprIsTheDefaultAndLoadsCleanly() throws ConfigurationException {
        Policy gdpr = loader.load(List.of());

        assertEquals("gdpr", gdpr.id());
        assertEquals(List.of("builtin:gdpr"), gdpr.files());
        assertNull(gdpr.disclosedCategories(), "the taxonomy alone discloses nothing, so disclosure is not checked");
    }

    @Test
    void gdprHasTheSixLawfulBasesOfArticle6() throws ConfigurationException {
        Policy gdpr = loader.load(List.of("builtin:gdpr"));

        for (String basis : List.of("consent", "contract", "legal-obligation", "vital-interests", "public-task",
                "legitimate-interests")) {
            assertTrue(gdpr.legalBases().containsKey(basis), basis);
        }
    }

    @Test
    void everyCategoryHasANameAndEnoughExamples() throws ConfigurationException {
        Policy gdpr = loader.load(List.of("builtin:gdpr"));

        for (DataCategory category : gdpr.categories().values()) {
            assertTrue(category.positiveExamples().size() >= 3, category.id() + " needs 3 positive examples");
            assertTrue(category.negativeExamples().size() >= 2, category.id() + " needs 2 negative examples");
            assertTrue(category.name() != null && !category.name().isBlank(), category.id() + " needs a name");
        }
    }

    @Test
    void theCategoriesTheIssueAsksForAreThere() throws ConfigurationException {
        Policy gdpr = loader.load(List.of("builtin:gdpr"));

        for (String id : List.of("user.name", "user.name.first", "user.name.last", "user.demographic.date_of_birth",
                "user.demographic.age_range", "user.demographic.gender",
                "user.government_id.national_identification_number", "user.government_id.passport_number",
                "user.government_id.drivers_license_number", "user.government_id.tax_id", "user.contact.email",
                "user.contact.phone_number", "user.contact.address", "user.contact.address.postal_code",
                "user.device.ip_address", "user.device.device_id", "user.device.cookie_id", "user.device.user_agent",
                "user.contact.url", "user.contact.social_url", "user.account.username",
                "user.authorization.credentials", "user.financial.bank_account", "user.financial.bank_account.iban",
                "user.financial.credit_card", "user.behavior.purchase_history", "user.payment",
                "user.location.precise", "user.health", "user.criminal_history", "user.organization.name",
                "user.organization.business_id", "user.organization.business_id.vat_number",
                "user.organization.lei")) {
            assertTrue(gdpr.categories().containsKey(id), id);
        }
        assertTrue(gdpr.categories().get("user.health").special());
        assertTrue(gdpr.categories().get("user.contact.email").detection().strong().contains("sahkoposti"));
    }

    @Test
    void jalonomEncodesThePolicyFaithfully() throws ConfigurationException {
        Policy jalonom = loader.load(List.of("builtin:jalonom"));

        assertEquals(List.of("builtin:gdpr", "builtin:jalonom"), jalonom.files());
        assertEquals(2, jalonom.controller().entities().size());
        assertEquals("representative", jalonom.controller().contact().role());
        assertEquals(10, jalonom.purposes().size());
        assertTrue(jalonom.purposes().values().stream().allMatch(p -> p.legalBasesInterpreted()));
        assertEquals(List.of("access", "rectification", "erasure", "restriction"), jalonom.rights());
        assertTrue(jalonom.retention().isEmpty(), "the policy names no retention period");
        assertTrue(jalonom.recipients().values().stream().allMatch(r -> r.transfer() == null && "US".equals(r.country())));
        assertEquals(List.of("none", "implied", "implied"), jalonom.cookies().stream().map(c -> c.consent()).toList());
        assertTrue(jalonom.discloses("user.government_id.national_identification_number"));
        assertTrue(!jalonom.discloses("user.device.cookie_id"));
    }
}
