package dev.lawful.classify;

import dev.lawful.classify.token.LanguagePack;
import dev.lawful.classify.token.PatternIndex;
import dev.lawful.classify.token.Tokenizer;
import dev.lawful.policy.DataCategory;
import dev.lawful.policy.Detection;
import dev.lawful.policy.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy's detection patterns and the context vocabulary, compiled once: token
 * patterns in hash indexes, types and annotations in maps, a tokenizer that knows every
 * word of both, so that compounds split into them.
 */
final class CompiledTaxonomy {

    /** The shortest place word a compound splits at. */
    private static final int MIN_SPLIT_PLACE = 6;

    enum Strength { STRONG, WEAK, EXCLUDE }

    enum Role { PERSON, THING, TECHNICAL, NEUTRAL, ATTRIBUTE, ACTOR, PART }

    record CategoryPattern(String category, Strength strength) {
    }

    private final PatternIndex<CategoryPattern> patterns = new PatternIndex<>();
    private final PatternIndex<Role> roles = new PatternIndex<>();
    private final Map<String, List<String>> typeCategories = new HashMap<>();
    private final Map<String, List<String>> annotationCategories = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Set<String> special = new HashSet<>();
    private final Set<String> notPersonal = new HashSet<>();
    private final Set<String> actorAnnotations;
    private final Set<String> yesNoCategories = new HashSet<>();
    private final Set<String> personOnlyCategories = new HashSet<>();
    private final Set<String> identifyingCategories = new HashSet<>();
    /** The categories that admit yes/no fields and those that only a person has, with the categories under them. */
    private final Set<String> admittingYesNo;
    private final Set<String> personOnly;
    private final Set<String> identifying;
    private final Set<String> businessRecordCategories = new HashSet<>();
    private final Set<String> compositeCategories = new HashSet<>();
    private final Set<String> amountCategories = new HashSet<>();
    private final Set<String> composite;
    private final Set<String> separateRecords;
    private final Set<String> descriptors;
    private final Set<String> sharingWords;
    private final Set<String> ownKeyQualifiers;
    private final Set<String> signedInWords;
    private final Set<String> requestWords;
    private final Set<String> headLinks;
    private final String sharingChoiceCategory;
    private final Set<String> ownSettings;
    private final Set<String> components;
    private final Set<String> codeOnlyComponents;
    private final Set<String> surrogateKeys;
    private final Set<String> propertyWords;
    private final Set<String> dateWords;
    private final Set<String> recordLabels;
    private final Set<String> freeText;
    private final Set<String> placeHeads;
    /** The category of every record about the people a word names (patient: user.health), by the normalised word. */
    private final Map<String, String> subjectRecordCategories = new HashMap<>();
    private final Set<String> datedCategories = new HashSet<>();
    private final Set<String> keyWords;
    private final Set<String> builders = normalised(StructureVocabulary.builtin().builders());
    private final Set<String> schemaSuffixes = normalised(StructureVocabulary.builtin().schemaSuffixes());
    private final String personNameCategory;
    private final String personIdentifierCategory;
    private final Tokenizer tokenizer;

    /** @param base the bundled (or a test's) vocabulary; the policy's {@code vocabulary:} entries are added to it */
    CompiledTaxonomy(Policy policy, ContextVocabulary base) {
        ContextVocabulary vocabulary = base.extendedBy(policy.vocabulary());
        for (DataCategory category : policy.categories().values()) {
            order.put(category.id(), order.size());
            if (!category.personal()) {
                notPersonal.add(category.id());
            }
            if (category.special()) {
                special.add(category.id());
            }
            addTraits(category);
            Detection detection = category.detection() == null ? Detection.NONE : category.detection();
            addPatterns(category.id(), detection.strong(), Strength.STRONG);
            addPatterns(category.id(), detection.weak(), Strength.WEAK);
            addPatterns(category.id(), detection.exclude(), Strength.EXCLUDE);
            detection.recordsOf().forEach(word -> subjectRecordCategories.putIfAbsent(Tokenizer.normalize(word), category.id()));
            for (String type : detection.types()) {
                typeCategories.computeIfAbsent(type, key -> new ArrayList<>()).add(category.id());
                typeCategories.computeIfAbsent(simpleName(type), key -> new ArrayList<>()).add(category.id());
            }
            for (String annotation : detection.annotations()) {
                annotationCategories.computeIfAbsent(simpleName(annotation.replace("@", "")), key -> new ArrayList<>())
                        .add(category.id());
            }
        }
        addRoles(vocabulary.person(), Role.PERSON);
        addRoles(vocabulary.things(), Role.THING);
        addRoles(vocabulary.technical(), Role.TECHNICAL);
        addRoles(vocabulary.neutral(), Role.NEUTRAL);
        addRoles(vocabulary.attributes(), Role.ATTRIBUTE);
        addRoles(vocabulary.dateWords(), Role.ATTRIBUTE);
        addRoles(vocabulary.actors(), Role.ACTOR);
        addRoles(vocabulary.parts(), Role.PART);
        separateRecords = Set.copyOf(vocabulary.separateRecords());
        descriptors = Set.copyOf(vocabulary.descriptors());
        sharingWords = normalised(vocabulary.sharingWords());
        ownKeyQualifiers = normalised(vocabulary.ownKeyQualifiers());
        signedInWords = normalised(vocabulary.signedInWords());
        requestWords = normalised(vocabulary.requestWords());
        headLinks = normalised(vocabulary.headLinks());
        ownSettings = Set.copyOf(vocabulary.ownSettings());
        components = normalised(vocabulary.components());
        codeOnlyComponents = normalised(vocabulary.codeOnlyComponents());
        surrogateKeys = normalised(vocabulary.surrogateKeys());
        propertyWords = normalised(vocabulary.propertyWords());
        dateWords = normalised(vocabulary.dateWords());
        recordLabels = normalised(vocabulary.recordLabels());
        freeText = normalised(vocabulary.freeText());
        placeHeads = normalised(vocabulary.placeHeads());
        // sorted, so that reading a joined key (henkilooid) tries the key words in the same order every run
        Set<String> keys = new java.util.TreeSet<>(LanguagePack.builtin().keyWords());
        keys.addAll(normalised(vocabulary.keyWords()));
        keyWords = java.util.Collections.unmodifiableSet(keys);
        personNameCategory = first(policy, DataCategory.Trait.PERSON_NAME);
        personIdentifierCategory = first(policy, DataCategory.Trait.PERSON_IDENTIFIER);
        sharingChoiceCategory = first(policy, DataCategory.Trait.SHARING_CHOICE);
        actorAnnotations = Set.copyOf(vocabulary.actorAnnotations());
        Set<String> words = new HashSet<>(patterns.words());
        words.addAll(roles.words());
        words.addAll(sharingWords);
        words.addAll(ownKeyQualifiers);
        words.addAll(signedInWords);
        requestWords.stream().filter(word -> !word.contains(" ")).forEach(words::add);
        words.addAll(headLinks);
        // a compound ending in a written text splits at it (diagnosetekst: diagnose, tekst)
        freeText.stream().filter(word -> !word.contains(" ")).forEach(words::add);
        // and at a place (vaccinationsklinik); a short one (lab) would split words it does not end (label)
        placeHeads.stream().filter(word -> !word.contains(" ") && word.length() >= MIN_SPLIT_PLACE).forEach(words::add);
        words.removeIf(word -> word.length() < 2);
        tokenizer = new Tokenizer(words, patterns.joinedPatterns(pattern -> pattern.strength() != Strength.EXCLUDE));
        admittingYesNo = withDescendants(id -> special.contains(id) || yesNoCategories.contains(id));
        personOnly = withDescendants(personOnlyCategories::contains);
        identifying = withDescendants(identifyingCategories::contains);
        composite = withDescendants(compositeCategories::contains);
        // compiled here, not by the first name read: once, before the scan's threads share the index
        patterns.compile();
        roles.compile();
    }

    /** The taxonomy's categories that pass {@code test}, or lie under one that does. */
    private Set<String> withDescendants(java.util.function.Predicate<String> test) {
        Set<String> categories = new HashSet<>();
        for (String category : order.keySet()) {
            if (inOrUnder(category, test)) {
                categories.add(category);
            }
        }
        return Set.copyOf(categories);
    }

    private static boolean inOrUnder(String category, java.util.function.Predicate<String> test) {
        for (String id = category; id != null; id = parent(id)) {
            if (test.test(id)) {
                return true;
            }
        }
        return false;
    }

    private void addTraits(DataCategory category) {
        if (category.has(DataCategory.Trait.YES_NO)) {
            yesNoCategories.add(category.id());
        }
        if (category.has(DataCategory.Trait.PERSON_ONLY)) {
            personOnlyCategories.add(category.id());
        }
        if (category.has(DataCategory.Trait.IDENTIFIES_PERSON)) {
            identifyingCategories.add(category.id());
        }
        if (category.has(DataCategory.Trait.BUSINESS_RECORD)) {
            businessRecordCategories.add(category.id());
        }
        if (category.has(DataCategory.Trait.DATED)) {
            datedCategories.add(category.id());
        }
        if (category.has(DataCategory.Trait.AMOUNTS)) {
            amountCategories.add(category.id());
        }
        if (category.has(DataCategory.Trait.COMPOSITE)) {
            compositeCategories.add(category.id());
        }
    }

    /** The first category in taxonomy order with the trait, or null. */
    private static String first(Policy policy, DataCategory.Trait trait) {
        return policy.categories().values().stream().filter(category -> category.has(trait)).map(DataCategory::id)
                .findFirst().orElse(null);
    }

    private static Set<String> normalised(List<String> words) {
        Set<String> normalised = new HashSet<>();
        words.forEach(word -> normalised.add(Tokenizer.normalize(word)));
        return Set.copyOf(normalised);
    }

    private void addPatterns(String category, List<String> list, Strength strength) {
        for (String pattern : list) {
            patterns.add(pattern, new CategoryPattern(category, strength));
        }
    }

    private void addRoles(List<String> words, Role role) {
        for (String word : words) {
            roles.add(word, role);
        }
    }

    static String simpleName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    List<PatternIndex.Match<CategoryPattern>> categoryMatches(List<String> tokens) {
        return patterns.find(tokens);
    }

    List<PatternIndex.Match<Role>> roleMatches(List<String> tokens) {
        return roles.find(tokens);
    }

    /**
     * Whether a pattern's own words name the person whose data it is (recipient name, patient
     * email), by a word that names nothing technical and no thing too (not user name, client name).
     */
    boolean namesItsPerson(String matched) {
        List<PatternIndex.Match<Role>> found = roleMatches(List.of(matched.split(" ")));
        return found.stream().anyMatch(person -> person.value() == Role.PERSON && found.stream()
                .noneMatch(other -> other.start() == person.start() && other.end() == person.end()
                        && (other.value() == Role.THING || other.value() == Role.TECHNICAL)));
    }

    /**
     * Whether a yes/no field's name says something about the row or the code (isDirty, expired,
     * createdByAdmin) rather than a choice: an attribute, technical or actor word that is not a sharing word.
     */
    private boolean namesRowState(List<String> tokens) {
        return roleMatches(tokens).stream()
                .filter(match -> match.value() == Role.ATTRIBUTE || match.value() == Role.TECHNICAL || match.value() == Role.ACTOR)
                .anyMatch(match -> !sharingWords.containsAll(tokens.subList(match.start(), match.end())));
    }

    List<String> categoriesOfType(String typeName) {
        List<String> categories = typeCategories.get(typeName);
        return categories != null ? categories : typeCategories.getOrDefault(simpleName(typeName), List.of());
    }

    List<String> categoriesOfAnnotation(String simpleName) {
        return annotationCategories.getOrDefault(simpleName, List.of());
    }

    boolean isActorAnnotation(String simpleName) {
        return actorAnnotations.contains(simpleName);
    }

    boolean isSpecial(String category) {
        return special.contains(category);
    }

    /** The category of a text field named for a person (String recipient), or null when the policy has none. */
    String personNameCategory() {
        return personNameCategory;
    }

    /** Whether the category is the person-name category or one of its parts (a first name, a surname). */
    boolean isPersonName(String category) {
        return personNameCategory != null && category.startsWith(personNameCategory)
                && (category.length() == personNameCategory.length() || category.charAt(personNameCategory.length()) == '.');
    }

    /** The category of a person's identifier (a person record's own key, patientId), or null when the policy has none. */
    String personIdentifierCategory() {
        return personIdentifierCategory;
    }

    /** Whether a yes/no field can hold data of the category (a consent, a health condition). */
    boolean admitsYesNo(String category) {
        return order.containsKey(category) ? admittingYesNo.contains(category)
                : inOrUnder(category, id -> special.contains(id) || yesNoCategories.contains(id));
    }

    /**
     * Whether a yes/no field with these name tokens, in a type named for the category, holds one of
     * its values: the category's values are themselves yes/no (a consent, a disclosure setting,
     * receiving a benefit) and the name says nothing about the row (isDirty).
     */
    boolean isYesNoValueOf(String category, List<String> nameTokens) {
        return category != null && inOrUnder(category, yesNoCategories::contains) && !namesRowState(nameTokens);
    }

    /** Whether the last word of a type name makes it a component when the name reads as technical (MailSender). */
    boolean isComponentEnding(String word) {
        return components.contains(word);
    }

    /** Whether the last word of a type name makes it a component whatever else it says (UsersApi). */
    boolean isCodeOnlyEnding(String word) {
        return codeOnlyComponents.contains(word);
    }

    /** Whether a word before a key word says the key is the record's own (external, database, master). */
    boolean isOwnKeyQualifier(String word) {
        return ownKeyQualifiers.contains(word);
    }

    /** Whether a type name's words, alone or two or three together, stand for a request someone sent (RequestContext, AccessLogEntry). */
    boolean namesRequest(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (int end = i + 1; end <= Math.min(tokens.size(), i + 3); end++) {
                if (requestWords.contains(String.join(" ", tokens.subList(i, end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a type name's words stand for whoever is signed in (LoginContext, SessionUser). */
    boolean namesSignedIn(List<String> tokens) {
        return tokens.stream().anyMatch(signedInWords::contains);
    }

    /**
     * Where a type name's head ends: before its first head link (SettingsForUrl: "settings"), not
     * at its first or last word; the whole name's length when it has none.
     */
    int headEnd(List<String> tokens) {
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (headLinks.contains(tokens.get(i))) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Whether the last word of a field name makes it a surrogate key (personId), not a number given to someone. */
    boolean isSurrogateKeyWord(String word) {
        return surrogateKeys.contains(word);
    }

    /** Whether the word says when something happened (date, tid, zeitpunkt). */
    boolean isDateWord(String word) {
        return dateWords.contains(word);
    }

    /** Whether an attribute ending after a pattern of the category names its datum (deceasedDate), not when something happened. */
    boolean datesItsValue(String category, String words) {
        return datedCategories.contains(category) && dateWords.contains(words);
    }

    /** Whether an attribute ending makes a type a property of something (AccountStatus). */
    boolean namesProperty(String words) {
        return propertyWords.contains(words);
    }

    /** Whether a token is a key word of a language pack or of the policy's vocabulary (id, nummer, tunnus). */
    boolean isKeyWord(String token) {
        return keyWords.contains(token);
    }

    Set<String> keyWords() {
        return keyWords;
    }

    /** Whether a technical head word names a person's own settings when a person word comes before it. */
    boolean namesOwnSettings(String word) {
        return ownSettings.contains(word);
    }

    /**
     * The category of a person's choice to show or share other data (emailShared), when the
     * tokens of a yes/no field's name hold a sharing word; null otherwise or when no category has the trait.
     */
    String sharingChoiceCategory(List<String> tokens) {
        return sharingChoiceCategory != null && tokens.stream().anyMatch(sharingWords::contains) ? sharingChoiceCategory : null;
    }

    /** Whether a record uses the word for its own label or place (title, position, location), not for a person's data. */
    boolean isRecordLabel(String tokens) {
        return recordLabels.contains(tokens);
    }

    /**
     * Whether a field name's last word, or its last two, name what someone wrote (subject, content,
     * free text), and no technical or attribute word before them says it is the program's
     * (errorMessage, statusText).
     */
    boolean namesFreeText(List<String> tokens) {
        int n = tokens.size();
        int start = n > 0 && freeText.contains(tokens.get(n - 1)) ? n - 1
                : n > 1 && freeText.contains(tokens.get(n - 2) + " " + tokens.get(n - 1)) ? n - 2 : -1;
        return start >= 0 && roleMatches(tokens).stream().noneMatch(match -> match.start() < start
                && (match.value() == Role.TECHNICAL || match.value() == Role.ATTRIBUTE));
    }

    /** The first place or institution word at or after token {@code from} (healthFacilityName: facility), or null. */
    String placeFrom(List<String> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (placeHeads.contains(tokens.get(i))) {
                return tokens.get(i);
            }
            if (i + 1 < tokens.size() && placeHeads.contains(tokens.get(i) + " " + tokens.get(i + 1))) {
                return tokens.get(i) + " " + tokens.get(i + 1);
            }
        }
        return null;
    }

    /**
     * The category of every record about the people a type name or a person word names (Patient,
     * PatientDto, pasient: user.health), or null.
     */
    String subjectRecordCategory(String name) {
        if (subjectRecordCategories.isEmpty()) {
            return null;
        }
        for (String token : tokenizer.tokens(name)) {
            String category = subjectRecordCategories.get(token);
            if (category != null) {
                return category;
            }
        }
        return null;
    }

    /** Whether a whole field name (its tokens joined by spaces) names or codes the value of its type (name, code). */
    boolean isDescriptor(String tokens) {
        return descriptors.contains(tokens);
    }

    /** Whether a neutral type-name word names a separate record about the subject (history, event). */
    boolean namesSeparateRecord(String word) {
        return separateRecords.contains(word);
    }

    /** Whether data of the category is personal data by itself (a company's registration number is not). */
    boolean isPersonal(String category) {
        return !notPersonal.contains(category);
    }

    /** Whether only a person has data of the category (an IP address, a national id), never a business thing. */
    boolean isPersonOnly(String category) {
        return order.containsKey(category) ? personOnly.contains(category) : inOrUnder(category, personOnlyCategories::contains);
    }

    /** Whether data of the category identifies a person wherever it is held (a national id), even in a technical type. */
    boolean identifiesPerson(String category) {
        return order.containsKey(category) ? identifying.contains(category) : inOrUnder(category, identifyingCategories::contains);
    }

    /** Whether a type name's last word makes it a builder of the type named before it (AddressBuilder). */
    boolean isBuilderEnding(String word) {
        return builders.contains(word);
    }

    /** Whether a type name's last word is one generators give a schema's classes (AnschriftType). */
    boolean isSchemaSuffix(String word) {
        return schemaSuffixes.contains(word);
    }

    /** Whether the category's value is an amount, so that an amount in a type named for it holds it (Inntekt#belop). */
    boolean holdsAmounts(String category) {
        return amountCategories.contains(category);
    }

    /** Whether the category's value is made of parts (an address, a name), so that a type named for it holds them. */
    boolean isComposite(String category) {
        return category != null && (order.containsKey(category) ? composite.contains(category)
                : inOrUnder(category, compositeCategories::contains));
    }

    /** Whether a weak pattern of the category also names a business's own records (a PaymentType, a ChargePayment). */
    boolean namesBusinessRecords(String category) {
        return businessRecordCategories.contains(category);
    }

    private static String parent(String id) {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? null : id.substring(0, dot);
    }

    /** The category's position in the taxonomy, for stable tie-breaking. */
    int order(String category) {
        return order.getOrDefault(category, Integer.MAX_VALUE);
    }
}
