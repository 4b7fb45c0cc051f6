package dev.lawful.policy.load;

import dev.lawful.policy.DataCategory;
import dev.lawful.policy.DataSubject;
import dev.lawful.policy.Detection;
import dev.lawful.policy.LegalBasis;
import dev.lawful.policy.Service;
import dev.lawful.policy.Signatures;
import dev.lawful.policy.TransferMechanism;
import dev.lawful.policy.VocabularyAddition;
import dev.lawful.policy.NameSuggester;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the taxonomy sections: legal bases, transfer mechanisms, data categories and services. */
final class TaxonomyEntries {

    static final List<String> LEGAL_BASIS_KEYS = List.of("id", "name", "article", "kind", "refines", "description");
    static final List<String> MECHANISM_KEYS = List.of("id", "name", "article");
    static final List<String> CATEGORY_KEYS =
            List.of("id", "name", "description", "special", "personal", "traits", "detect", "examples");
    static final List<String> DETECT_KEYS = List.of("strong", "weak", "exclude", "types", "annotations", "recordsOf");
    static final List<String> DETECTION_ADDITION_KEYS =
            List.of("category", "strong", "weak", "exclude", "types", "annotations", "recordsOf");
    static final List<String> VOCABULARY_KEYS = List.of("language", "person", "things", "technical", "neutral",
            "attributes", "actors", "parts", "components", "keyWords", "categories");
    static final List<String> EXAMPLE_KEYS = List.of("positive", "negative");
    static final List<String> SERVICE_KEYS = List.of("id", "name", "country", "detect");
    static final List<String> SIGNATURE_KEYS = List.of("maven", "packages", "hosts");
    static final List<String> SUBJECT_KEYS = List.of("id", "name", "description", "vulnerable", "typeWords");

    static final Map<String, LegalBasis.Kind> KINDS = Map.of(
            "lawful-basis", LegalBasis.Kind.LAWFUL_BASIS,
            "special-category-condition", LegalBasis.Kind.SPECIAL_CATEGORY_CONDITION,
            "criminal-data-ground", LegalBasis.Kind.CRIMINAL_DATA_GROUND);
    private static final List<String> KIND_NAMES =
            List.of("lawful-basis", "special-category-condition", "criminal-data-ground");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern JAVA_NAME =
            Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final Pattern EXAMPLE =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(#[\\p{L}_$][\\p{L}\\p{N}_$]*)?");
    private static final Pattern MAVEN = Pattern.compile("[A-Za-z0-9_.*-]+:[A-Za-z0-9_.*-]+");
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern HOST = Pattern.compile("(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private final EntryReader reader;

    TaxonomyEntries(EntryReader reader) {
        this.reader = reader;
    }

    void read(YamlMap root) {
        RuleFile file = reader.target();
        reader.eachMap(root, "legalBases", "legal basis", LEGAL_BASIS_KEYS, m -> file.legalBases.add(legalBasis(m)));
        reader.eachMap(root, "transferMechanisms", "transfer mechanism", MECHANISM_KEYS,
                m -> file.transferMechanisms.add(mechanism(m)));
        reader.eachMap(root, "categories", "category", CATEGORY_KEYS, m -> file.categories.add(category(m)));
        reader.eachMap(root, "detection", "detection addition", DETECTION_ADDITION_KEYS,
                m -> file.detectionAdditions.add(detectionAddition(m)));
        reader.eachMap(root, "vocabulary", "vocabulary addition", VOCABULARY_KEYS, m -> vocabulary(m, file));
        reader.eachMap(root, "services", "service", SERVICE_KEYS, m -> file.services.add(service(m)));
        reader.eachMap(root, "subjects", "data subject", SUBJECT_KEYS, m -> file.subjects.add(subject(m)));
    }

    private DataSubject subject(YamlMap map) {
        return new DataSubject(reader.id(map, IdKind.SUBJECT), map.requiredText("name"), map.text("description"),
                map.flag("vulnerable", false), patterns(map, "typeWords"), map.where());
    }

    private LegalBasis legalBasis(YamlMap map) {
        String id = reader.id(map, IdKind.LEGAL_BASIS);
        String kind = map.choice("kind", KIND_NAMES);
        return new LegalBasis(id, map.requiredText("name"), map.text("article"),
                KINDS.getOrDefault(kind == null ? "lawful-basis" : kind, LegalBasis.Kind.LAWFUL_BASIS),
                reader.refer(IdKind.LEGAL_BASIS, map.scalar("refines"), IdKind.LEGAL_BASIS.owner(id)),
                map.text("description"), map.where());
    }

    private TransferMechanism mechanism(YamlMap map) {
        return new TransferMechanism(reader.id(map, IdKind.TRANSFER_MECHANISM), map.requiredText("name"),
                map.text("article"), map.where());
    }

    private DataCategory category(YamlMap map) {
        String id = reader.id(map, IdKind.CATEGORY);
        Detection detection = map.map("detect", "'detect' of " + map.what(), DETECT_KEYS)
                .map(this::detection).orElse(Detection.NONE);
        List<String> positive = List.of();
        List<String> negative = List.of();
        var examples = map.map("examples", "'examples' of " + map.what(), EXAMPLE_KEYS);
        if (examples.isPresent()) {
            positive = examplesOf(examples.get(), "positive");
            negative = examplesOf(examples.get(), "negative");
        }
        return new DataCategory(id, map.requiredText("name"), map.text("description"), map.flag("special", false),
                detection, positive, negative, map.flag("personal", true), traits(map), map.where());
    }

    private Set<DataCategory.Trait> traits(YamlMap map) {
        Set<DataCategory.Trait> traits = EnumSet.noneOf(DataCategory.Trait.class);
        for (Scalar scalar : map.scalars("traits")) {
            DataCategory.Trait.parse(scalar.value()).ifPresentOrElse(traits::add, () -> reader.context().error(
                    scalar.ref(), "expected one of " + String.join(", ", DataCategory.Trait.ids()) + " in 'traits' of "
                            + map.what() + ", found '" + ParseContext.abbreviate(scalar.value()) + "'"
                            + NameSuggester.hint(scalar.value(), DataCategory.Trait.ids())));
        }
        return traits;
    }

    private DetectionAddition detectionAddition(YamlMap map) {
        String category = reader.refer(IdKind.CATEGORY, map.scalar("category"), null);
        if (category == null) {
            reader.context().error(map.where(), "expected 'category': the id of the category these patterns add to");
        }
        return new DetectionAddition(category, detection(map), map.where());
    }

    /** A {@code vocabulary:} entry: its words, and its category words as {@code detection:} additions. */
    private void vocabulary(YamlMap map, RuleFile file) {
        Scalar language = map.requiredScalar("language");
        if (language != null && !LANGUAGE.matcher(language.value()).matches()) {
            reader.context().error(language.ref(), "expected a language code of two or three lower-case letters"
                    + " (sv, fi, de) for 'language' in " + map.what() + ", found '"
                    + ParseContext.abbreviate(language.value()) + "'");
        }
        file.vocabulary.add(new VocabularyAddition(language == null ? null : language.value(), patterns(map, "person"),
                patterns(map, "things"), patterns(map, "technical"), patterns(map, "neutral"),
                patterns(map, "attributes"), patterns(map, "actors"), patterns(map, "parts"),
                patterns(map, "components"), keyWords(map), map.where()));
        for (Node item : map.items("categories")) {
            YamlMap.of(item, "category words of " + map.what(), DETECTION_ADDITION_KEYS, reader.context())
                    .ifPresent(words -> file.detectionAdditions.add(detectionAddition(words)));
        }
    }

    /** Single words, normalised like patterns: a key word is compared with one token of a name. */
    private List<String> keyWords(YamlMap map) {
        return singleWords(map, "keyWords", "nummer, lopnr");
    }

    /** The single words of a list, normalised like patterns, each compared with one token of a name. */
    private List<String> singleWords(YamlMap map, String key, String examples) {
        List<String> words = new ArrayList<>();
        for (Scalar scalar : map.scalars(key)) {
            String word = TokenText.normalise(scalar.value());
            if (word.matches("[a-z0-9]+")) {
                words.add(word);
            } else {
                reader.context().error(scalar.ref(), "expected one word of letters and digits in '" + key + "' of "
                        + map.what() + " (" + examples + "), found '" + ParseContext.abbreviate(scalar.value()) + "'");
            }
        }
        return words;
    }

    private Detection detection(YamlMap map) {
        return new Detection(patterns(map, "strong"), patterns(map, "weak"), patterns(map, "exclude"),
                reader.formatted(map, "types", JAVA_NAME, "a Java type name (String, java.time.LocalDate)"),
                reader.formatted(map, "annotations", JAVA_NAME, "an annotation name without '@' (Email)"),
                singleWords(map, "recordsOf", "patient, klient"));
    }

    private List<String> patterns(YamlMap map, String key) {
        List<String> patterns = new ArrayList<>();
        for (Scalar scalar : map.scalars(key)) {
            String pattern = TokenText.normalise(scalar.value());
            if (TokenText.isPattern(pattern)) {
                patterns.add(pattern);
            } else {
                reader.context().error(scalar.ref(), "expected a pattern of words separated by spaces, with '*' as"
                        + " a wildcard inside a word (first name, *adresse), in '" + key + "' of " + map.what()
                        + ", found '" + ParseContext.abbreviate(scalar.value()) + "'"
                        + suggestedPattern(pattern));
            }
        }
        return patterns;
    }

    private static String suggestedPattern(String pattern) {
        String suggestion = pattern.replaceAll("[^a-z0-9*]+", " ").trim();
        return TokenText.isPattern(suggestion) ? "; write '" + suggestion + "'" : "";
    }

    private List<String> examplesOf(YamlMap map, String key) {
        return reader.formatted(map, key, EXAMPLE, "an identifier or Type#field (customerEmail, Customer#email)");
    }

    private Service service(YamlMap map) {
        String id = reader.id(map, IdKind.SERVICE);
        Signatures signatures = map.map("detect", "'detect' of " + map.what(), SIGNATURE_KEYS)
                .map(this::signatures).orElse(Signatures.NONE);
        return new Service(id, map.requiredText("name"), reader.country(map), signatures, map.where());
    }

    Signatures signatures(YamlMap map) {
        return new Signatures(
                reader.formatted(map, "maven", MAVEN, "groupId:artifactId, '*' as a wildcard (com.stripe:stripe-java)"),
                reader.formatted(map, "packages", PACKAGE, "a Java package prefix (com.stripe)"),
                reader.formatted(map, "hosts", HOST, "a lower-case host name, '*.' for any sub-domain (api.stripe.com)"));
    }
}
