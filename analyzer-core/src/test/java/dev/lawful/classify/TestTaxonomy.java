package dev.lawful.classify;

import dev.lawful.policy.ClassificationOverride;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Detection;
import dev.lawful.policy.Policy;
import dev.lawful.policy.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small taxonomy in the shape of the bundled one, for classifier tests. */
final class TestTaxonomy {

    private TestTaxonomy() {
    }

    static Policy policy(List<ClassificationOverride> overrides) {
        List<DataCategory> categories = List.of(
                category("user.name", false,
                        List.of("first name", "last name", "surname", "full name", "fornamn", "efternamn", "etunimi", "sukunimi"),
                        List.of("name", "namn", "nimi"), List.of("user name"), List.of(), List.of()),
                category("user.contact.email", false,
                        List.of("email", "e mail", "epost", "sahkoposti", "mail address"), List.of("mail"),
                        List.of("email template", "email subject"), List.of("jakarta.mail.internet.InternetAddress"), List.of("Email")),
                category("user.contact.phone_number", false,
                        List.of("phone", "telephone", "telefon", "puhelin"), List.of("mobile", "tel"), List.of(), List.of(), List.of()),
                category("user.contact.address", false,
                        List.of("street address", "home address", "gatuadress", "katuosoite"),
                        List.of("address", "*adress", "osoite", "street", "city", "zip", "postal code"),
                        List.of("ip address", "mac address"), List.of(), List.of()),
                category("user.device.ip_address", false, List.of("ip address", "ip"), List.of(), List.of(),
                        List.of("java.net.InetAddress"), List.of()),
                category("user.government_id", false,
                        List.of("ssn", "personnummer", "henkilotunnus", "hetu", "social security number"),
                        List.of(), List.of(), List.of(), List.of()),
                category("user.demographic.date_of_birth", false, List.of(),
                        List.of("birth date", "date of birth", "birthday", "dob", "fodelsedatum", "syntymaaika"),
                        List.of(), List.of(), List.of()),
                category("user.financial", false, List.of("income", "inntekt"), List.of(), List.of(), List.of(), List.of()),
                category("user.financial.bank_account", false, List.of("iban"), List.of(), List.of(), List.of(), List.of()),
                category("user.privacy_preferences", false, List.of("consent", "disclosure settings"), List.of(), List.of(),
                        List.of(), List.of()));
        return new Policy("test", "Test taxonomy", List.of("test.yaml"), null, null, null, Map.of(), Map.of(), Map.of(),
                Policy.byId(categories, DataCategory::id), null, Map.of(), Map.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of(), overrides, Map.of(), Map.of(), null, Map.of());
    }

    static Policy policy() {
        return policy(List.of(new ClassificationOverride(List.of("**.ProductOwner"), List.of("name"), false, null,
                "The name of a product team, not of a person.", new SourceRef("test.yaml", 12, 5))));
    }

    /** The traits the bundled taxonomy gives these categories. */
    private static final Map<String, Set<DataCategory.Trait>> TRAITS = Map.of(
            "user.name", Set.of(DataCategory.Trait.PERSON_NAME),
            "user.device.ip_address", Set.of(DataCategory.Trait.PERSON_ONLY),
            "user.government_id", Set.of(DataCategory.Trait.PERSON_ONLY),
            "user.financial", Set.of(DataCategory.Trait.AMOUNTS),
            "user.privacy_preferences", Set.of(DataCategory.Trait.YES_NO));

    private static DataCategory category(String id, boolean special, List<String> strong, List<String> weak,
            List<String> exclude, List<String> types, List<String> annotations) {
        return new DataCategory(id, id, "", special, new Detection(strong, weak, exclude, types, annotations, List.of()),
                List.of(), List.of(), true, TRAITS.getOrDefault(id, Set.of()), SourceRef.of("test.yaml"));
    }
}
