package dev.lawful.classify;

import dev.lawful.ConfigurationException;
import dev.lawful.policy.VocabularyAddition;
import dev.lawful.policy.load.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The words that tell the classifier whom or what a type or a field is about. The built-in
 * vocabulary lives in {@code dev/lawful/classify/context.yaml}; every list is data, extended
 * without code by a rule file's {@code vocabulary:} section ({@link #extendedBy}). What a
 * category is (only a person has it, a yes/no field can hold it) is a trait of the category in
 * the taxonomy, not a list here.
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
 * @param separateRecords neutral words that name a separate record about the subject rather than
 *     the subject itself (PatientHistory, CustomerEvent): a key named for the subject there refers
 *     to it, while in CustomerDto it is the record's own key
 * @param ownSettings technical head words that, after a person word, name that person's own
 *     settings (UserSettings, CustomerPreferences), which are about the person
 * @param components last words of a type name that make it a component of the program when the
 *     name reads as technical (MailSender, UserRepository)
 * @param codeOnlyComponents last words that make a type a component whatever the rest of its name
 *     says (UsersApi)
 * @param surrogateKeys last words of a field name that make it a surrogate key (personId, allergyUuid),
 *     unlike a number the business gives a person (customerNumber)
 * @param propertyWords attribute endings that make a type a property of something (AccountStatus),
 *     unlike Order or Key, which are records
 * @param descriptors whole field names that name or code the value of a type named for a
 *     category (Specialty#name, Diagnosis#code): in a record tied to a person they hold that category
 * @param sharingWords words that, in a yes/no field named for personal data, say whether it is
 *     shown or shared (emailShared, showPhone): the field holds the person's choice
 * @param ownKeyQualifiers words that, before a key word in a person's record, say whose key it is
 *     not: the record's own (externalId, databaseId, masterId), not a key to something else
 * @param signedInWords technical words of a type name that stand for whoever is signed in
 *     (LoginContext, SessionUser, TokenClaims): such a type holding a name beside a person's other
 *     data describes that person
 * @param requestWords technical words of a type name that stand for a request someone sent
 *     (RequestContext, HttpRequestInfo, AccessLogEntry): such a type holding a person-only value (an
 *     IP address, a user agent) holds the requester's
 * @param headLinks words that join a type name's head to what it is for: the head comes before
 *     them (DisclosureSettingsForUrl is settings, not a URL)
 * @param dateWords attribute endings that say when something happened to the data (procedureDatetime),
 *     except after a pattern of a dated category, whose value they are (deceasedDate)
 * @param recordLabels words a record uses for its own label or place (title, position, location): in a
 *     record tied to a person that names no one (Account, Enrollment) its other weak patterns are
 *     the person's data, these are the record's
 * @param freeText last words of a field name that name what someone wrote (subject, content, note)
 * @param placeHeads words of a field name that name a place or an institution (facility, clinic):
 *     after a category's pattern the field is about that place (healthFacilityName), not the data
 * @param keyWords words a rule file adds to the language packs' key words
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
        List<String> separateRecords,
        List<String> ownSettings,
        List<String> components,
        List<String> codeOnlyComponents,
        List<String> surrogateKeys,
        List<String> propertyWords,
        List<String> descriptors,
        List<String> sharingWords,
        List<String> ownKeyQualifiers,
        List<String> signedInWords,
        List<String> requestWords,
        List<String> headLinks,
        List<String> dateWords,
        List<String> recordLabels,
        List<String> freeText,
        List<String> placeHeads,
        List<String> keyWords) {

    private static final String BUILTIN = "/dev/lawful/classify/context.yaml";
    private static final List<String> KEYS = List.of("person", "things", "technical", "neutral", "attributes", "actors",
            "actorAnnotations", "parts", "separateRecords", "ownSettings", "components", "codeOnlyComponents",
            "surrogateKeys", "propertyWords", "descriptors", "sharingWords", "ownKeyQualifiers",
            "signedInWords", "requestWords", "headLinks", "dateWords", "recordLabels", "freeText", "placeHeads");

    public ContextVocabulary {
        person = List.copyOf(person);
        things = List.copyOf(things);
        technical = List.copyOf(technical);
        neutral = List.copyOf(neutral);
        attributes = List.copyOf(attributes);
        actors = List.copyOf(actors);
        actorAnnotations = List.copyOf(actorAnnotations);
        parts = List.copyOf(parts);
        separateRecords = List.copyOf(separateRecords);
        descriptors = List.copyOf(descriptors);
        ownSettings = List.copyOf(ownSettings);
        components = List.copyOf(components);
        codeOnlyComponents = List.copyOf(codeOnlyComponents);
        surrogateKeys = List.copyOf(surrogateKeys);
        propertyWords = List.copyOf(propertyWords);
        descriptors = List.copyOf(descriptors);
        sharingWords = List.copyOf(sharingWords);
        ownKeyQualifiers = List.copyOf(ownKeyQualifiers);
        signedInWords = List.copyOf(signedInWords);
        requestWords = List.copyOf(requestWords);
        headLinks = List.copyOf(headLinks);
        dateWords = List.copyOf(dateWords);
        recordLabels = List.copyOf(recordLabels);
        freeText = List.copyOf(freeText);
        placeHeads = List.copyOf(placeHeads);
        keyWords = List.copyOf(keyWords);
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

    /** Reads a vocabulary file with the keys of this record, each a list of words, through the hardened YAML reader. */
    public static ContextVocabulary parse(InputStream in, String file) throws ConfigurationException {
        DataFile data = DataFile.read(in, file, KEYS);
        return new ContextVocabulary(data.texts("person"), data.texts("things"), data.texts("technical"),
                data.texts("neutral"), data.texts("attributes"), data.texts("actors"), data.texts("actorAnnotations"),
                data.texts("parts"), data.texts("separateRecords"), data.texts("ownSettings"),
                data.texts("components"), data.texts("codeOnlyComponents"), data.texts("surrogateKeys"),
                data.texts("propertyWords"), data.texts("descriptors"), data.texts("sharingWords"),
                data.texts("ownKeyQualifiers"), data.texts("signedInWords"), data.texts("requestWords"), data.texts("headLinks"),
                data.texts("dateWords"), data.texts("recordLabels"), data.texts("freeText"),
                data.texts("placeHeads"), List.of());
    }

    /** This vocabulary with the words of a policy's {@code vocabulary:} entries added, each once, in order. */
    public ContextVocabulary extendedBy(List<VocabularyAddition> additions) {
        if (additions.isEmpty()) {
            return this;
        }
        return new ContextVocabulary(plus(person, additions, VocabularyAddition::person),
                plus(things, additions, VocabularyAddition::things),
                plus(technical, additions, VocabularyAddition::technical),
                plus(neutral, additions, VocabularyAddition::neutral),
                plus(attributes, additions, VocabularyAddition::attributes),
                plus(actors, additions, VocabularyAddition::actors), actorAnnotations,
                plus(parts, additions, VocabularyAddition::parts), separateRecords, ownSettings,
                plus(components, additions, VocabularyAddition::components), codeOnlyComponents, surrogateKeys,
                propertyWords, descriptors, sharingWords, ownKeyQualifiers, signedInWords, requestWords, headLinks, dateWords,
                recordLabels, freeText, placeHeads, plus(keyWords, additions, VocabularyAddition::keyWords));
    }

    private static List<String> plus(List<String> words, List<VocabularyAddition> additions,
            Function<VocabularyAddition, List<String>> list) {
        return List.copyOf(new LinkedHashSet<>(Stream.concat(words.stream(),
                additions.stream().flatMap(addition -> list.apply(addition).stream())).toList()));
    }
}
