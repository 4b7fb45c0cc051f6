package dev.lawful.classify;

import dev.lawful.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import dev.lawful.policy.load.DataFile;
import java.util.List;

/**
 * The words that tell the classifier whom or what a type or a field is about. The built-in
 * vocabulary lives in {@code dev/lawful/classify/context.yaml}; every list is data, so it is
 * extended without code.
 *
 * @param person words naming people (customer, kund, asiakas)
 * @param things words naming things that are not people (product, tuote, pet)
 * @param technical words naming technical contexts (config, server, template)
 * @param neutral words that say what a type is for, skipped when reading a type name (Dto)
 * @param attributes field-name endings that make a field about data rather than the data
 *     itself (emailTemplate, emailVerified)
 * @param actors patterns naming an audit actor (created by, skapad av, luoja)
 * @param actorAnnotations simple annotation names that mark an audit actor (CreatedBy)
 * @param parts field-name endings that name a part of whatever the declaring type is named
 *     for (PostalAddress#line1, Card#expiryDate, CreditCard#owner)
 * @param yesNoCategories categories, besides the special ones, whose data a yes/no field can
 *     hold (a consent flag); for any other a boolean is a flag about the data (emailVerified)
 * @param personNameCategory the category (one id) of a text field named for a person (String recipient)
 * @param personOnlyCategories categories (with their descendants) that only a person has: a
 *     business thing (a page view, an order, a store) cannot own an IP address or a national id,
 *     so a strong pattern of one counts there too; only a technical context vetoes it
 * @param separateRecords neutral words that name a separate record about the subject rather than
 *     the subject itself (PatientHistory, CustomerEvent): a key named for the subject there refers
 *     to it, while in CustomerDto it is the record's own key
 * @param ownSettings technical head words that, after a person word, name that person's own
 *     settings (UserSettings, CustomerPreferences), which are about the person
 * @param personIdentifierCategory the category (one id) of a person's identifier: a person record's
 *     own key, a key naming a person elsewhere (patientId, oidHenkilo)
 * @param businessRecordCategories categories (exactly these ids) whose weak patterns also name a
 *     business's own records (PaymentTypeData, ChargePaymentDto): a type named so is not about a
 *     person
 */
public record ContextVocabulary(
        List<String> person,
        List<String> things,
        List<String> technical,
        List<String> neutral,
        List<String> attributes,
        List<String> actors,
        List<String> actorAnnotations,
        List<String> parts,
        List<String> yesNoCategories,
        List<String> personNameCategory,
        List<String> personOnlyCategories,
        List<String> businessRecordCategories,
        List<String> separateRecords,
        List<String> ownSettings,
        List<String> personIdentifierCategory) {

    private static final String BUILTIN = "/dev/lawful/classify/context.yaml";

    public ContextVocabulary {
        person = List.copyOf(person);
        things = List.copyOf(things);
        technical = List.copyOf(technical);
        neutral = List.copyOf(neutral);
        attributes = List.copyOf(attributes);
        actors = List.copyOf(actors);
        actorAnnotations = List.copyOf(actorAnnotations);
        parts = List.copyOf(parts);
        yesNoCategories = List.copyOf(yesNoCategories);
        personNameCategory = List.copyOf(personNameCategory);
        personOnlyCategories = List.copyOf(personOnlyCategories);
        businessRecordCategories = List.copyOf(businessRecordCategories);
        separateRecords = List.copyOf(separateRecords);
        ownSettings = List.copyOf(ownSettings);
        personIdentifierCategory = List.copyOf(personIdentifierCategory);
    }

    /** The vocabulary bundled with Lawful. */
    public static ContextVocabulary builtin() {
        try (InputStream in = ContextVocabulary.class.getResourceAsStream(BUILTIN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILTIN);
            }
            return parse(in, BUILTIN);
        } catch (IOException | ConfigurationException e) {
            throw new IllegalStateException("bundled context vocabulary is broken: " + e.getMessage(), e);
        }
    }

    private static final List<String> KEYS = List.of("person", "things", "technical", "neutral", "attributes", "actors",
            "actorAnnotations", "parts", "yesNoCategories", "personNameCategory", "personOnlyCategories",
            "businessRecordCategories", "separateRecords", "ownSettings", "personIdentifierCategory");

    /** Reads a vocabulary file with the keys of this record, each a list of words, through the hardened YAML reader. */
    public static ContextVocabulary parse(InputStream in, String file) throws ConfigurationException {
        DataFile data = DataFile.read(in, file, KEYS);
        return new ContextVocabulary(data.texts("person"), data.texts("things"), data.texts("technical"),
                data.texts("neutral"), data.texts("attributes"), data.texts("actors"), data.texts("actorAnnotations"),
                data.texts("parts"), data.texts("yesNoCategories"), data.texts("personNameCategory"),
                data.texts("personOnlyCategories"), data.texts("businessRecordCategories"), data.texts("separateRecords"),
                data.texts("ownSettings"), data.texts("personIdentifierCategory"));
    }
}
