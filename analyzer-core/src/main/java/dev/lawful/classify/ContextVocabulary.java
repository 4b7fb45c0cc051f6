package dev.lawful.classify;

import dev.lawful.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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
        List<String> ownSettings) {

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

    /** Reads a vocabulary file with the keys of this record, each a list of strings. */
    public static ContextVocabulary parse(InputStream in, String file) throws ConfigurationException {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> map)) {
            throw new ConfigurationException(List.of(new dev.lawful.Problem(dev.lawful.policy.SourceRef.of(file),
                    "expected a mapping of word lists")));
        }
        return new ContextVocabulary(list(map, "person", file), list(map, "things", file),
                list(map, "technical", file), list(map, "neutral", file), list(map, "attributes", file),
                list(map, "actors", file), list(map, "actorAnnotations", file), list(map, "parts", file),
                list(map, "yesNoCategories", file), list(map, "personNameCategory", file),
                list(map, "personOnlyCategories", file), list(map, "businessRecordCategories", file),
                list(map, "separateRecords", file), list(map, "ownSettings", file));
    }

    private static List<String> list(Map<?, ?> map, String key, String file) throws ConfigurationException {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new ConfigurationException(List.of(new dev.lawful.Problem(dev.lawful.policy.SourceRef.of(file),
                    key + ": expected a list of words")));
        }
        List<String> words = new ArrayList<>();
        for (Object item : items) {
            words.add(String.valueOf(item));
        }
        return words;
    }
}
