package dev.lawful.classify;

import dev.lawful.classify.CompiledTaxonomy.Strength;
import dev.lawful.classify.Evidence.Signal;
import dev.lawful.classify.NameReading.Hit;
import dev.lawful.classify.NameReading.Qualifier;
import dev.lawful.policy.Policy;
import dev.lawful.scan.AnnotationUse;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies fields with the policy's taxonomy: identifier tokens against each category's
 * strong, weak and exclude patterns, the field's type and annotations, the person context
 * of the declaring type, links to person-bearing types and audit actors, and the policy's
 * overrides. Every signal considered is recorded as evidence. Built once per policy;
 * thread-safe.
 */
public final class TaxonomyClassifier implements Classifier {

    private static final double STRONG = 0.9;
    private static final double WEAK_QUALIFIED = 0.8;
    private static final double WEAK_IN_CONTEXT = 0.75;
    private static final double WEAK_IN_TIED_RECORD = 0.6;
    private static final double ANNOTATION = 0.85;
    private static final double TYPE_ALONE = 0.6;
    private static final double AGREEMENT_BONUS = 0.05;
    private static final double MAX_CONFIDENCE = 0.99;
    private static final double LINK_CODEBASE = 0.75;
    private static final double LINK_ACTOR = 0.8;
    private static final double LINK_BY_KEY = 0.65;
    private static final double LINK_BY_NAME = 0.6;
    private static final double PART_OF_OWNER = 0.65;
    /** How many superclasses up a record's reference to a person is looked for. */
    private static final int MAX_SUPERCLASS_DEPTH = 4;

    private static final JavaVocabulary JAVA = JavaVocabulary.builtin();

    private final CompiledTaxonomy taxonomy;
    private final ContextReader contexts;
    /** Whether a type refers to a person, read once per type (by identity: one scan's types). */
    private final Map<TypeInfo, Boolean> tiedToPerson = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Overrides overrides;
    private final TypeGraphCache graphs;
    private final ThreadLocal<OwnerMemo> lastOwner = new ThreadLocal<>();
    /** Best first: the highest score, then the most specific signal, then taxonomy order. */
    private final Comparator<Score> ranking;

    /** With the built-in context vocabulary. */
    public TaxonomyClassifier(Policy policy) {
        this(policy, ContextVocabulary.builtin());
    }

    public TaxonomyClassifier(Policy policy, ContextVocabulary vocabulary) {
        this.taxonomy = new CompiledTaxonomy(policy, vocabulary);
        this.contexts = new ContextReader(taxonomy);
        this.overrides = new Overrides(policy);
        this.graphs = new TypeGraphCache(contexts, taxonomy);
        this.ranking = Comparator.comparingDouble((Score s) -> -s.value)
                .thenComparingInt(s -> -s.specificity)
                .thenComparingInt(s -> taxonomy.order(s.category));
    }

    @Override
    public Classification classify(CodeElement element, TypeInfo owner, Codebase codebase) {
        return overrides.apply(element, computed(element, owner, codebase));
    }

    private Classification computed(CodeElement element, TypeInfo owner, Codebase codebase) {
        List<Evidence> evidence = new ArrayList<>();
        if (element.isConstant()) {
            evidence.add(new Evidence(Signal.EXCLUSION, "a constant (static final): names or configures data, does not hold it", null, -1));
            return Classification.notPersonal(evidence);
        }
        OwnerMemo known = owner(owner, codebase);
        NameReading fieldName = known.fieldNames() == null ? null : known.fieldNames().of(element);
        String personId = taxonomy.personIdentifierCategory();
        if (personId != null && owner != null && isOwnKeyField(element, fieldName, owner) && contexts.keysIdentifyPerson(owner)) {
            evidence.add(new Evidence(Signal.TOKEN, "the own key of " + owner.simpleName()
                    + ", a person's record: it identifies the person (GDPR Art. 4(1))", personId, STRONG));
            return new Classification(true, List.of(personId), STRONG, false, evidence);
        }
        if (isOwnKey(element, owner)) {
            evidence.add(new Evidence(Signal.EXCLUSION, "the record's own key (@Id on a " + element.type()
                    + "): identifies the row, holds no data about anyone", null, -1));
            return Classification.notPersonal(evidence);
        }
        if (owner != null && owner.kind() == TypeInfo.Kind.ENUM) {
            evidence.add(new Evidence(Signal.EXCLUSION, owner.simpleName() + " is an enum: its fields describe its constants",
                    null, -1));
            return Classification.notPersonal(evidence);
        }
        String component = componentType(element);
        if (component != null) {
            evidence.add(new Evidence(Signal.EXCLUSION, "type " + component + " is a component (an API, a service, a client):"
                    + " the field refers to code, not to data", null, -1));
            return Classification.notPersonal(evidence);
        }
        OwnerContext context = known.context();
        List<NameReading> readings = FieldReadings.of(taxonomy, element, fieldName);
        if (isDescriptorOfOwner(readings.get(0), context) && holdsText(element.type())) {
            if (refersToPerson(owner, codebase)) {
                evidence.add(contextEvidence(context));
                evidence.add(new Evidence(Signal.CONTEXT, "\"" + readings.get(0).name() + "\" names or codes the "
                        + context.category() + " of its type: " + context.reason(), context.category(), PART_OF_OWNER));
                return new Classification(true, List.of(context.category()), PART_OF_OWNER, false, evidence);
            }
            // an EmailContact's name is the contact's, not an entry of a list of e-mail kinds
            if (!taxonomy.isComposite(context.category()) && !contexts.headNamesPerson(owner)) {
                evidence.add(contextEvidence(context));
                evidence.add(new Evidence(Signal.EXCLUSION, "\"" + readings.get(0).name() + "\" names or codes a "
                        + context.category() + " in a catalogue of them: " + owner.simpleName()
                        + " refers to no person", context.category(), -1));
                return Classification.notPersonal(evidence);
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        boolean yesNo = JAVA.yesNoTypes().contains(element.type());
        boolean keyTyped = JAVA.keyTypes().contains(element.type());
        // Account with its Customer owner: a record that names no one but refers to a person holds their data
        boolean tied = owner != null && context.kind() == OwnerContext.Kind.UNKNOWN && refersToPerson(owner, codebase);
        for (NameReading reading : readings) {
            scoreTokens(reading, context, yesNo, keyTyped ? owner : null, tied, scores, evidence);
        }
        scoreAnnotations(element, context, readings, scores, evidence);
        scoreTypes(element, context, scores, evidence);

        List<Score> ranked = ranked(scores, evidence);
        if (!ranked.isEmpty()) {
            evidence.add(0, contextEvidence(context));
            double confidence = Math.min(MAX_CONFIDENCE, ranked.get(0).value + AGREEMENT_BONUS * (ranked.get(0).signals - 1));
            return new Classification(true, ranked.stream().map(s -> s.category).toList(), round(confidence), false, evidence);
        }
        Classification link = link(element, owner, context, readings, codebase, evidence);
        if (link != null) {
            return link;
        }
        if (JAVA.yesNoTypes().contains(element.type()) ? scoreYesNoPart(readings.get(0), context, evidence)
                : scorePart(readings.get(0), context, evidence)) {
            return new Classification(true, List.of(context.category()), PART_OF_OWNER, false, evidence);
        }
        String composite = CompositePart.categoryOf(taxonomy, contexts, element, readings.get(0), owner, context, codebase);
        if (composite != null) {
            evidence.add(0, contextEvidence(context));
            evidence.add(new Evidence(Signal.CONTEXT, "\"" + element.member() + "\" describes the " + composite
                    + " its type is named for: part of it (" + context.reason() + ")", composite, PART_OF_OWNER));
            return new Classification(true, List.of(composite), PART_OF_OWNER, false, evidence);
        }
        String recordCategory = recordValueCategory(element, owner, readings.get(0), context, codebase, evidence);
        if (recordCategory != null) {
            return new Classification(true, List.of(recordCategory), WEAK_IN_TIED_RECORD, false, evidence);
        }
        String personNumber = numberInPersonRecord(element, owner, readings.get(0), evidence);
        if (personNumber != null) {
            return new Classification(true, List.of(personNumber), LINK_BY_KEY, false, evidence);
        }
        String subjectCategory = subjectRecordText(element, owner, readings.get(0), context, codebase, evidence);
        if (subjectCategory != null) {
            return new Classification(true, List.of(subjectCategory), WEAK_IN_TIED_RECORD, false, evidence);
        }
        String personName = taxonomy.personNameCategory();
        NameReading name = readings.get(0);
        if (personName != null && holdsText(element.type()) && name.person() != null && name.actor() == null
                && name.personReference() == null && !context.technical() && !(name.personAmbiguous() && !context.isPerson())
                && !name.datesPerson(taxonomy)) {
            evidence.add(0, contextEvidence(context));
            evidence.add(new Evidence(Signal.TOKEN, "text field named for a person (\"" + name.person() + "\"): holds their name",
                    personName, WEAK_QUALIFIED));
            return new Classification(true, List.of(personName), WEAK_QUALIFIED, false, evidence);
        }
        if (!evidence.isEmpty()) {
            evidence.add(0, contextEvidence(context));
        }
        return Classification.notPersonal(evidence);
    }

    /**
     * The person-identifier category for a number or key that a person's record keeps and that names
     * nothing else (Pasient#lopenummer, Member#keycloakId): it identifies the person or their file
     * (GDPR Art. 4(1)); a key qualified by a thing, a technical or an attribute word (departmentId,
     * versionNumber) is not, nor one whose words name a category. Null otherwise.
     */
    private String numberInPersonRecord(CodeElement element, TypeInfo owner, NameReading name, List<Evidence> evidence) {
        String personId = taxonomy.personIdentifierCategory();
        List<String> tokens = name.tokens();
        if (personId == null || owner == null || tokens.size() < 2 || !taxonomy.isKeyWord(tokens.get(tokens.size() - 1))
                || !(holdsText(element.type()) || JAVA.keyTypes().contains(element.type()))
                || name.actor() != null || name.personReference() != null || !name.hits().isEmpty()
                || !contexts.keysIdentifyPerson(owner)) {
            return null;
        }
        boolean qualifiedByOther = taxonomy.roleMatches(tokens).stream().anyMatch(match -> match.start() < tokens.size() - 1
                && match.value() != CompiledTaxonomy.Role.NEUTRAL && match.value() != CompiledTaxonomy.Role.PERSON);
        if (qualifiedByOther) {
            return null;
        }
        evidence.add(new Evidence(Signal.TOKEN, "\"" + element.member() + "\" is a number that " + owner.simpleName()
                + ", a person's record, keeps: it identifies the person or their file (GDPR Art. 4(1))", personId, LINK_BY_KEY));
        return personId;
    }

    /**
     * The special category a record about a person is named for, for one of its values (a
     * patient's Allergy#severity and Allergy#level: health), with its evidence; else null.
     */
    private String recordValueCategory(CodeElement element, TypeInfo owner, NameReading name, OwnerContext context,
            Codebase codebase, List<Evidence> evidence) {
        if (owner == null || context.technical()) {
            return null;
        }
        TypeGraph graph = graphs.of(codebase);
        TypeGraph.Node node = graph.node(owner);
        // special categories only: a payment record's invoice number or a bank account's bank name is the record's
        if (!node.aboutPerson() || node.category() == null || !taxonomy.isSpecial(node.category())
                || CompositePart.isRowField(taxonomy, element, name)
                || !RecordValues.isValue(element, name, graph, holdsText(element.type()), JAVA.keyTypes().contains(element.type()), true)) {
            return null;
        }
        evidence.add(0, contextEvidence(context));
        evidence.add(new Evidence(Signal.CONTEXT, "\"" + element.member() + "\" is a value of " + owner.simpleName()
                + ", a record about a person (" + node.path() + ") named for " + node.category(), node.category(), WEAK_IN_TIED_RECORD));
        return node.category();
    }

    /**
     * The category of a text someone wrote (a subject, a note) or, for a special category, of a value
     * in a record tied to a person every record about whom is of one category (a patient's letter, a
     * tumour's grade in their case: health), with its evidence; else null.
     */
    private String subjectRecordText(CodeElement element, TypeInfo owner, NameReading name, OwnerContext context,
            Codebase codebase, List<Evidence> evidence) {
        if (owner == null || context.technical() || name.actor() != null || name.personReference() != null) {
            return null;
        }
        TypeGraph graph = graphs.of(codebase);
        TypeGraph.Node node = graph.node(owner);
        if (!node.aboutPerson() || node.subjectCategory() == null || node.category() != null
                // a record named for a category (a patient's Address) holds that category's parts
                || !RecordValues.holdsSubjectData(taxonomy, node, element, name, graph,
                        holdsText(element.type()), JAVA.keyTypes().contains(element.type()))) {
            return null;
        }
        evidence.add(0, contextEvidence(context));
        evidence.add(new Evidence(Signal.CONTEXT, node.subjectDataReason(element.member(), owner.simpleName()),
                node.subjectCategory(), WEAK_IN_TIED_RECORD));
        return node.subjectCategory();
    }

    /** The categories that scored and are personal data, best first; each that is not says why. */
    private List<Score> ranked(Map<String, Score> scores, List<Evidence> evidence) {
        List<Score> ranked = new ArrayList<>(scores.size());
        for (Score score : scores.values()) {
            if (score.value > 0 && isPersonalOrSayWhyNot(score.category, evidence)) {
                ranked.add(score);
            }
        }
        ranked.sort(ranking);
        return ranked;
    }

    /** String, or a container of strings only (List<String> recipients names several people). */
    static boolean holdsText(String type) {
        List<String> names = TypeNames.linked(type);
        if (names.isEmpty() || !JAVA.textTypes().contains(names.get(names.size() - 1))) {
            return false;
        }
        for (int i = 0; i < names.size() - 1; i++) {
            if (!TypeNames.isContainer(names.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean isPersonalOrSayWhyNot(String category, List<Evidence> evidence) {
        if (taxonomy.isPersonal(category)) {
            return true;
        }
        evidence.add(new Evidence(Signal.EXCLUSION, category + " identifies no one by itself (a company's data, Recital 14);"
                + " force a sole trader's in with a classification override", category, -1));
        return false;
    }

    /** The owner's context and its field names, read when the first of its fields is classified. */
    private OwnerMemo owner(TypeInfo owner, Codebase codebase) {
        OwnerMemo memo = lastOwner.get();
        if (memo != null && memo.owner == owner && memo.codebase == codebase) {
            return memo;
        }
        if (owner == null) {
            memo = new OwnerMemo(null, codebase, OwnerContext.UNKNOWN, null, evidenceOf(OwnerContext.UNKNOWN));
        } else {
            FieldNames fieldNames = contexts.fieldNames(owner);
            contexts.personalFields(fieldNames);
            OwnerContext context = contexts.contextOf(owner, codebase);
            memo = new OwnerMemo(owner, codebase, context, fieldNames, evidenceOf(context));
        }
        lastOwner.set(memo);
        return memo;
    }

    /**
     * @param fieldNames the owner's field names as read, or null without an owner
     * @param contextEvidence the evidence line of the owner's context, which every verdict on its fields begins with
     */
    private record OwnerMemo(TypeInfo owner, Codebase codebase, OwnerContext context, FieldNames fieldNames,
            Evidence contextEvidence) {
    }

    /** The reading of a field's name, as its type's field names were read. */
    private NameReading fieldName(TypeInfo type, CodeElement field) {
        OwnerMemo memo = lastOwner.get();
        FieldNames names = memo != null && memo.owner == type ? memo.fieldNames
                : type == null ? null : contexts.fieldNames(type);
        NameReading known = names == null ? null : names.of(field);
        return known != null ? known : NameReading.read(taxonomy, "field name", field.member());
    }

    /**
     * The field's type when it is a component of the program (UsersApi, HttpClient, List<MailSender>),
     * else null; a Client or a StoreManager may be a person, so the type's name must read as
     * technical (or end in Api).
     */
    private String componentType(CodeElement element) {
        for (String typeName : TypeNames.linked(element.type())) {
            if (JAVA.plainTypes().contains(typeName) || TypeNames.isContainer(typeName)) {
                continue;
            }
            String simple = CompiledTaxonomy.simpleName(typeName);
            List<String> tokens = taxonomy.tokenizer().tokens(simple);
            if (tokens.isEmpty() || !taxonomy.isComponentEnding(tokens.get(tokens.size() - 1))) {
                return null;
            }
            boolean api = taxonomy.isCodeOnlyEnding(tokens.get(tokens.size() - 1));
            return api || contexts.readName(simple).role() == CompiledTaxonomy.Role.TECHNICAL ? simple : null;
        }
        return null;
    }

    /**
     * @Id, a field named only a key word (id, uuid), a key named for the owner's head noun (customerId in
     * Customer), or one that words such as external or database qualify (externalId, databaseId).
     *
     * @param fieldName the reading of the field's name, or null when not read yet
     */
    private boolean isOwnKeyField(CodeElement element, NameReading fieldName, TypeInfo owner) {
        if (OwnKeys.isFlag(element)) {
            return false;
        }
        if (isOwnKey(element, owner)) {
            return true;
        }
        List<String> tokens = fieldName != null ? fieldName.tokens() : taxonomy.tokenizer().tokens(element.member());
        if (tokens.isEmpty() || !taxonomy.isKeyWord(tokens.get(tokens.size() - 1))) {
            return false;
        }
        List<String> before = tokens.subList(0, tokens.size() - 1);
        return before.isEmpty() || isOwnKey(String.join(" ", before), owner)
                || before.stream().allMatch(taxonomy::isOwnKeyQualifier);
    }

    /** personId, allergy_uuid: a surrogate key; a customerNumber is a number the business gives a person. */
    private boolean endsInSurrogateWord(NameReading reading) {
        return reading.tokens().size() > 1 && taxonomy.isSurrogateKeyWord(reading.tokens().get(reading.tokens().size() - 1));
    }

    /** Whether a field of the type can only say yes or no (emailVerified, hasIncomeChanged). */
    static boolean isYesNo(String type) {
        return JAVA.yesNoTypes().contains(type);
    }

    /** The row's own key: @Id on a key-typed field, unless the type's key is made of several fields (@IdClass). */
    static boolean isOwnKey(CodeElement element, TypeInfo owner) {
        return isAnnotatedKey(element) && !hasCompositeKey(owner);
    }

    /** A key-typed field with a key annotation (@Id): the row's own key or one part of it. */
    static boolean isAnnotatedKey(CodeElement element) {
        return JAVA.keyTypes().contains(element.type())
                && element.annotations().stream().anyMatch(annotation -> JAVA.keyAnnotations().contains(annotation.name()));
    }

    private static boolean hasCompositeKey(TypeInfo owner) {
        return owner != null
                && owner.annotations().stream().anyMatch(annotation -> JAVA.compositeKeyAnnotations().contains(annotation.name()));
    }

    /** @param keyOwner the declaring type when the field holds a key (allergyId in Allergy is its own key), else null */
    private void scoreTokens(NameReading reading, OwnerContext context, boolean yesNo, TypeInfo keyOwner, boolean tied,
            Map<String, Score> scores, List<Evidence> evidence) {
        for (Hit hit : reading.hits()) {
            String where = reading.source() + " \"" + reading.name() + "\"";
            String what = hit.strength().name().toLowerCase(Locale.ROOT) + " pattern \"" + hit.pattern() + "\" of "
                    + hit.category() + " matches " + where;
            if (isSpecialPropertyInItsRecord(hit, reading, context)) {
                double weight = tokenWeight(hit, context);
                evidence.add(new Evidence(Signal.TOKEN, what + ", and in a record of " + context.category()
                        + " the " + last(reading.tokens()) + " of special-category data is that data too", hit.category(), weight));
                score(scores, hit.category()).add(weight, hit.matched().length() + (hit.strength() == Strength.STRONG ? 100 : 0));
                continue;
            }
            if (!hit.counts() && !(yesNo && hit.vetoKind() == NameReading.Veto.ABOUT_DATA)) {
                evidence.add(new Evidence(Signal.EXCLUSION, what + ", but " + hit.veto(), hit.category(), -1));
                continue;
            }
            if (keyOwner != null && endsInSurrogateWord(reading) && isOwnKey(hit.matched(), keyOwner)) {
                evidence.add(new Evidence(Signal.EXCLUSION, what + ", but it is the key of " + keyOwner.simpleName()
                        + " itself", hit.category(), -1));
                continue;
            }
            if (yesNo && !taxonomy.admitsYesNo(hit.category())) {
                String choice = taxonomy.isPersonal(hit.category()) ? taxonomy.sharingChoiceCategory(reading.tokens()) : null;
                if (choice != null && tokenWeight(hit, context) > 0) {
                    evidence.add(new Evidence(Signal.TOKEN, what + ", and a yes/no field that says whether it is shown"
                            + " or shared holds the person's choice: " + choice, choice, tokenWeight(hit, context)));
                    score(scores, choice).add(tokenWeight(hit, context), hit.matched().length());
                    continue;
                }
                String why = hit.counts() ? "a yes/no field is a flag about " + hit.category() + ", not the data" : hit.veto();
                evidence.add(new Evidence(Signal.EXCLUSION, what + ", but " + why, hit.category(), -1));
                continue;
            }
            if (!hit.counts()) {
                evidence.add(new Evidence(Signal.EXCLUSION, what + ", but " + hit.veto(), hit.category(), -1));
                continue;
            }
            if (hit.qualifier() == Qualifier.AMBIGUOUS && context.technical()) {
                evidence.add(new Evidence(Signal.EXCLUSION, what + ", but \"" + hit.qualifierWord()
                        + "\" is technical in " + context.reason(), hit.category(), -1));
                continue;
            }
            double weight = tokenWeight(hit, context);
            if (weight <= 0 && tied && countsInTiedRecord(hit)) {
                evidence.add(new Evidence(Signal.TOKEN, what + ", in a record tied to a person (it refers to one)",
                        hit.category(), WEAK_IN_TIED_RECORD));
                score(scores, hit.category()).add(WEAK_IN_TIED_RECORD, hit.matched().length());
                continue;
            }
            if (weight <= 0) {
                String why = context.isNotPerson() ? "not counted in " + context.reason()
                        : "weak patterns count only with person context, and " + context.reason();
                evidence.add(new Evidence(Signal.TOKEN, what + ", " + why, hit.category(), 0));
                continue;
            }
            String qualified = personQualified(hit, context) ? " (qualified by \"" + hit.qualifierWord() + "\")" : "";
            evidence.add(new Evidence(Signal.TOKEN, what + qualified, hit.category(), weight));
            score(scores, hit.category()).add(weight, hit.matched().length() + (hit.strength() == Strength.STRONG ? 100 : 0));
        }
    }

    /**
     * A diagnosis's type or an allergy's status, in the diagnosis's or allergy's own record: what
     * kind of special-category data a person has is special-category data too (Art. 9), though an
     * e-mail's type is not an e-mail.
     */
    private boolean isSpecialPropertyInItsRecord(Hit hit, NameReading reading, OwnerContext context) {
        return hit.vetoKind() == NameReading.Veto.ABOUT_DATA
                && taxonomy.isSpecial(hit.category()) && context.isPerson() && context.category() != null
                && (hit.category().equals(context.category()) || hit.category().startsWith(context.category() + "."))
                && taxonomy.namesProperty(last(reading.tokens()));
    }

    private static String last(List<String> tokens) {
        return tokens.get(tokens.size() - 1);
    }

    /** customerName; clientName too, unless the type is technical (an OAuth client's settings). */
    private static boolean personQualified(Hit hit, OwnerContext context) {
        return hit.qualifier() == Qualifier.PERSON || hit.qualifier() == Qualifier.AMBIGUOUS && !context.technical();
    }

    /** A weak pattern other than a record's own name or label (Project#name, Book#title beside its author). */
    private boolean countsInTiedRecord(Hit hit) {
        return hit.strength() == Strength.WEAK && !taxonomy.isPersonName(hit.category()) && !taxonomy.isDescriptor(hit.matched())
                && !taxonomy.isRecordLabel(hit.matched());
    }

    private double tokenWeight(Hit hit, OwnerContext context) {
        boolean personQualified = personQualified(hit, context);
        if (hit.strength() == Strength.STRONG) {
            // a person's name or an IP address counts in a thing; in a technical type (an e-mail's context) only
            // when the pattern names its person (recipientName) or the data identifies one wherever it is (fnr in
            // an exception), since a store's contact info is the store's and a server has an IP address
            boolean countsInThing = (taxonomy.isPersonOnly(hit.category()) || taxonomy.isPersonName(hit.category()))
                    && (!context.technical() || taxonomy.namesItsPerson(hit.matched())
                            || taxonomy.identifiesPerson(hit.category()));
            return personQualified || !context.isNotPerson() || countsInThing ? STRONG : 0;
        }
        if (personQualified) {
            return WEAK_QUALIFIED;
        }
        return context.isPerson() ? WEAK_IN_CONTEXT * context.strength() : 0;
    }

    private void scoreAnnotations(CodeElement element, OwnerContext context, List<NameReading> readings,
            Map<String, Score> scores, List<Evidence> evidence) {
        if (element.annotations().isEmpty()) {
            return;
        }
        boolean personQualified = readings.stream().flatMap(r -> r.hits().stream())
                .anyMatch(hit -> personQualified(hit, context));
        for (AnnotationUse annotation : element.annotations()) {
            for (String category : taxonomy.categoriesOfAnnotation(annotation.name())) {
                String what = "annotation @" + annotation.name() + " marks " + category;
                if (context.isNotPerson() && !personQualified) {
                    evidence.add(new Evidence(Signal.ANNOTATION, what + ", not counted in " + context.reason(), category, 0));
                    continue;
                }
                evidence.add(new Evidence(Signal.ANNOTATION, what, category, ANNOTATION));
                score(scores, category).add(ANNOTATION, 50);
            }
        }
    }

    private void scoreTypes(CodeElement element, OwnerContext context, Map<String, Score> scores, List<Evidence> evidence) {
        for (String typeName : TypeNames.of(element.type())) {
            for (String category : taxonomy.categoriesOfType(typeName)) {
                Score existing = scores.get(category);
                String what = "type " + typeName + " holds " + category;
                if (existing != null && existing.value > 0) {
                    evidence.add(new Evidence(Signal.TYPE, what + ", agreeing with the name", category, AGREEMENT_BONUS));
                    existing.add(existing.value, 0);
                } else if (context.isPerson()) {
                    evidence.add(new Evidence(Signal.TYPE, what + " (" + context.reason() + ")", category, TYPE_ALONE));
                    score(scores, category).add(TYPE_ALONE, 10);
                } else {
                    evidence.add(new Evidence(Signal.TYPE, what + ", but alone it needs person context, and "
                            + context.reason(), category, 0));
                }
            }
        }
    }

    /**
     * Specialty#name, Diagnosis#code: a field named by a part word alone, in a type named for a
     * category, describes that category's value (not a person's name) before any pattern of its own.
     */
    private boolean isDescriptorOfOwner(NameReading name, OwnerContext context) {
        return context.category() != null && taxonomy.isDescriptor(String.join(" ", name.tokens()));
    }

    /**
     * Whether the type is a record of one person's (Specialitet.privatlakare → Privatlakare,
     * Diagnosis.patientId): it refers to a person by type or by a key named for one. A shared
     * catalogue (a clinic's Specialty list) refers to no one.
     */
    private boolean refersToPerson(TypeInfo owner, Codebase codebase) {
        if (owner == null) {
            return false;
        }
        Boolean known = tiedToPerson.get(owner);
        if (known == null) {
            known = readsAsTiedToPerson(owner, codebase);
            tiedToPerson.put(owner, known);
        }
        return known;
    }

    /**
     * Whether the type or a superclass in the scanned code (an abstract Tietoryhma holding the
     * person's change record for its Ammatti and Kansalaisuus rows) refers to a person.
     */
    private boolean readsAsTiedToPerson(TypeInfo owner, Codebase codebase) {
        TypeInfo type = owner;
        for (int depth = 0; type != null && depth <= MAX_SUPERCLASS_DEPTH; depth++) {
            if (fieldsReferToPerson(type, owner, codebase)) {
                return true;
            }
            type = type.superclass() == null ? null
                    : codebase.find(ContextReader.stripGenerics(type.superclass())).filter(found -> found != owner).orElse(null);
        }
        return false;
    }

    private boolean fieldsReferToPerson(TypeInfo declaring, TypeInfo owner, Codebase codebase) {
        for (CodeElement field : declaring.fields()) {
            if (field.isConstant()) {
                continue;
            }
            NameReading name = fieldName(owner, field);
            if (name.actor() != null) {
                // every kind of record has a creator (often in a base class): it ties the record to no one
                continue;
            }
            if (name.personReference() != null) {
                return true;
            }
            List<String> linked = TypeNames.linked(field.type());
            if (!linked.isEmpty() && TypeNames.isContainer(linked.get(0))) {
                // a registry's users or a unit's members: a record that gathers many people is about none of them
                continue;
            }
            for (String typeName : linked) {
                Optional<TypeInfo> target = JAVA.plainTypes().contains(typeName) ? Optional.empty() : codebase.find(typeName);
                OwnerContext targetContext = target.isEmpty() || target.get() == owner ? null
                        : contexts.contextOf(target.get(), codebase);
                if (targetContext != null && targetContext.isPerson() && targetContext.category() == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** PostalAddress#line1, Card#expiryDate: a part word in a type named for a category is part of it. */
    private boolean scorePart(NameReading name, OwnerContext context, List<Evidence> evidence) {
        if (context.category() == null || name.part() == null) {
            return false;
        }
        evidence.add(0, contextEvidence(context));
        evidence.add(new Evidence(Signal.CONTEXT, "\"" + name.part() + "\" names a part of " + context.category()
                + ": " + context.reason(), context.category(), PART_OF_OWNER));
        return true;
    }

    /** DisclosureSettings#publicInd, Consent#given: a yes/no field of a type named for a category whose values are yes/no. */
    private boolean scoreYesNoPart(NameReading name, OwnerContext context, List<Evidence> evidence) {
        if (!taxonomy.isYesNoValueOf(context.category(), name.tokens())) {
            return false;
        }
        evidence.add(0, contextEvidence(context));
        evidence.add(new Evidence(Signal.CONTEXT, "a yes/no field of a type named for " + context.category()
                + ", whose values are yes/no: " + context.reason(), context.category(), PART_OF_OWNER));
        return true;
    }

    private Classification link(CodeElement element, TypeInfo owner, OwnerContext context, List<NameReading> readings,
            Codebase codebase, List<Evidence> evidence) {
        for (AnnotationUse annotation : element.annotations()) {
            if (taxonomy.isActorAnnotation(annotation.name())) {
                return linkOf("@" + annotation.name() + " marks an audit actor: the person who made the change", LINK_ACTOR, evidence);
            }
        }
        NameReading name = readings.get(0);
        boolean yesNo = JAVA.yesNoTypes().contains(element.type());
        if (name.actor() != null && yesNo) {
            evidence.add(new Evidence(Signal.EXCLUSION, "\"" + element.member() + "\" names an audit actor (\"" + name.actor()
                    + "\"), but a yes/no field only says whether someone did", null, -1));
            return null;
        }
        if (name.actor() != null && JAVA.amountTypes().contains(element.type())) {
            evidence.add(new Evidence(Signal.EXCLUSION, "\"" + element.member() + "\" names an audit actor (\"" + name.actor()
                    + "\"), but a " + element.type() + " holds an amount, not a person", null, -1));
            return null;
        }
        if (name.actor() != null) {
            return linkOf("\"" + element.member() + "\" names an audit actor (\"" + name.actor() + "\")", LINK_ACTOR, evidence);
        }
        if (context.isNotPerson() && context.technical()) {
            // a service, client or configuration holds other components and settings, not people's
            // records; a field whose very type is a person's (DisclosureSettings.person) still is one
            Optional<Classification> personTyped = personTypedLink(element, codebase, context, evidence);
            if (personTyped.isEmpty()) {
                evidence.add(new Evidence(Signal.LINK, "no links counted in " + context.reason(), null, 0));
            }
            return personTyped.orElse(null);
        }
        Optional<NameReading.Hit> thingsOwn = thingsOwn(name);
        if (thingsOwn.isPresent()) {
            // companyAddress, storePhone: the name says the data is a thing's, whatever its type holds
            evidence.add(new Evidence(Signal.LINK, "\"" + element.member() + "\" names the " + thingsOwn.get().matched()
                    + " of a " + thingsOwn.get().qualifierWord() + ", not a record about a person", null, 0));
            return null;
        }
        for (String typeName : TypeNames.linked(element.type())) {
            if (JAVA.plainTypes().contains(typeName)) {
                continue;
            }
            Optional<TypeInfo> target = codebase.find(typeName);
            if (target.isPresent() && contexts.namesProperty(CompiledTaxonomy.simpleName(typeName))) {
                evidence.add(new Evidence(Signal.LINK, "type " + typeName + " names a property (a status, a type), not a record",
                        null, 0));
                continue;
            }
            if (target.isPresent()) {
                OwnerContext targetContext = contexts.contextOf(target.get(), codebase);
                if (targetContext.category() != null && context.isNotPerson()) {
                    // a store's Address is the store's: data of a kind, not about a person here
                    evidence.add(new Evidence(Signal.LINK, "type " + typeName + " is named for " + targetContext.category()
                            + ", not counted in " + context.reason(), targetContext.category(), 0));
                    continue;
                }
                if (target.get() == owner && context.category() != null && !refersToPerson(owner, codebase)) {
                    // Icd.subItems: a catalogue of diagnoses is a tree of entries that are no one's
                    evidence.add(new Evidence(Signal.LINK, "type " + typeName + " is a catalogue of " + context.category()
                            + " that refers to no person: the field holds its own entries", context.category(), 0));
                    continue;
                }
                if (targetContext.isPerson()) {
                    return linkOf("type " + typeName + " is about a person: " + targetContext.reason(), LINK_CODEBASE, evidence);
                }
                // a type with one personal field (a search filter's navnEllerFnr) is not a record about a
                // person: that field is reported where it is, and the field holding the type is no link;
                // a person's rows that refer to a person (Kunde.aktivitaeten, each naming its Kunde) are, and so is
                // another row of the same kind (Mail.answerTo, a message about a patient answering another)
                if (!targetContext.isNotPerson() && refersToPerson(target.get(), codebase)) {
                    return linkOf("type " + typeName + " is a record tied to a person (it refers to one)", LINK_CODEBASE,
                            evidence);
                }
                TypeGraph.Node targetNode = graphs.of(codebase).node(target.get());
                if (targetNode.inPersonsFile()) {
                    return linkOf("type " + typeName + " is a record in a person's file (" + targetNode.path() + ")",
                            LINK_CODEBASE, evidence);
                }
                if (!targetContext.isNotPerson() && namesPersonPlainly(name)) {
                    // List<Identifier> participants: whatever the record is called, it stands for people
                    return linkOf("\"" + element.member() + "\" is named for a person (\"" + name.person() + "\") and holds a "
                            + typeName, LINK_BY_NAME, evidence);
                }
            } else if (namesPerson(CompiledTaxonomy.simpleName(typeName))) {
                return linkOf("type " + typeName + " (not in the scanned code) is named for a person", LINK_BY_NAME, evidence);
            }
        }
        if (name.personReference() != null && context.technical()) {
            evidence.add(new Evidence(Signal.LINK, "\"" + element.member() + "\" names a " + name.personReference()
                    + " by key, but in " + context.reason() + " that may be technical", null, 0));
            return null;
        }
        if (name.personReference() != null && !isOwnKey(name.personReference(), owner)) {
            return linkOf("\"" + element.member() + "\" refers to a " + name.personReference() + " by key", LINK_BY_KEY, evidence);
        }
        if (isKeyNamedForPerson(element, name, owner)) {
            return linkOf("\"" + element.member() + "\" is a " + element.type() + " named for a " + name.person()
                    + ": a key to them", LINK_BY_KEY, evidence);
        }
        if (name.personReference() == null && !context.technical() && (holdsText(element.type()) || JAVA.keyTypes().contains(element.type()))) {
            Optional<KeyTargets.Target> target = graphs.of(codebase).keyTarget(name, owner);
            if (target.isPresent()) {
                return linkOf("\"" + element.member() + "\" is a key of " + target.get().type().simpleName() + ", "
                        + target.get().why(), LINK_BY_KEY, evidence);
            }
        }
        return null;
    }

    /** A link from a technical type's field whose type is a person's record (a Patient with a name, not a PdlKlient). */
    private Optional<Classification> personTypedLink(CodeElement element, Codebase codebase, OwnerContext context,
            List<Evidence> evidence) {
        for (String typeName : TypeNames.linked(element.type())) {
            Optional<TypeInfo> target = JAVA.plainTypes().contains(typeName) ? Optional.empty() : codebase.find(typeName);
            if (target.isPresent()) {
                OwnerContext targetContext = contexts.contextOf(target.get(), codebase);
                // a client or a gateway named for people (PdlKlient) holds no one's data itself
                if (targetContext.isPerson() && !contexts.personalFields(target.get()).isEmpty()) {
                    return Optional.of(linkOf("type " + typeName + " is a person's (" + targetContext.reason()
                            + "), even in " + context.reason(), LINK_CODEBASE, evidence));
                }
                if (!targetContext.isNotPerson() && refersToPerson(target.get(), codebase)) {
                    return Optional.of(linkOf("type " + typeName + " is a record tied to a person (it refers to one),"
                            + " even in " + context.reason(), LINK_CODEBASE, evidence));
                }
            }
        }
        return Optional.empty();
    }

    /** A category match ending the name and qualified by a thing (companyAddress), if any. */
    private static Optional<NameReading.Hit> thingsOwn(NameReading name) {
        int last = name.tokens().size() - 1;
        for (NameReading.Hit hit : name.hits()) {
            if (hit.qualifier() == NameReading.Qualifier.NOT_PERSON && hit.qualifierWord() != null && last >= 0
                    && (hit.matched().equals(name.tokens().get(last)) || hit.matched().endsWith(" " + name.tokens().get(last)))) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    /**
     * Integer reviewer, Long owner: a key-typed field named for a person, with no key word, holds
     * the person's key (a count would be named so too, but is an int: children, int).
     */
    private boolean isKeyNamedForPerson(CodeElement element, NameReading name, TypeInfo owner) {
        return JAVA.referenceKeyTypes().contains(element.type()) && namesPersonPlainly(name) && name.actor() == null
                && name.tokens().size() <= 2 && !name.datesPerson(taxonomy) && !isOwnKey(name.person(), owner);
    }

    private static boolean namesPersonPlainly(NameReading name) {
        return name.person() != null && name.personReference() == null && !name.personAmbiguous();
    }

    private boolean namesPerson(String typeName) {
        ContextReader.NameRole role = contexts.readName(typeName);
        return role.role() == CompiledTaxonomy.Role.PERSON && role.head() && !role.ambiguous();
    }

    /** employeeNumber in Employee is the record's own key, not a reference to another person. */
    /**
     * Whether a key named for {@code personWord} is the declaring type's own key: the word must
     * be the type's head noun (allergyId in Allergy, creditCardId in CreditCardDto), and the type
     * must not be a separate record about it (patientId in PatientHistory refers to a patient).
     */
    private boolean isOwnKey(String personWord, TypeInfo owner) {
        if (owner == null) {
            return false;
        }
        List<String> tokens = taxonomy.tokenizer().tokens(owner.simpleName());
        if (tokens.stream().anyMatch(taxonomy::namesSeparateRecord)) {
            return false;
        }
        String word = personWord.replace(" ", "");
        String noun = contexts.headNounOf(owner.simpleName());
        String last = noun.substring(noun.lastIndexOf(' ') + 1);
        return !last.isEmpty() && (noun.replace(" ", "").endsWith(word) || last.startsWith(word) || word.startsWith(last));
    }

    private static Classification linkOf(String detail, double confidence, List<Evidence> evidence) {
        List<Evidence> all = new ArrayList<>(evidence);
        all.add(new Evidence(Signal.LINK, detail, null, confidence));
        return new Classification(true, List.of(), confidence, true, all);
    }

    /** The evidence line of a context: the owner's is built once per type, not once per field. */
    private Evidence contextEvidence(OwnerContext context) {
        OwnerMemo memo = lastOwner.get();
        return memo != null && memo.context() == context ? memo.contextEvidence() : evidenceOf(context);
    }

    private static Evidence evidenceOf(OwnerContext context) {
        double weight = context.isPerson() ? context.strength() : context.isNotPerson() ? -context.strength() : 0;
        String prefix = context.isPerson() ? "person context: " : context.isNotPerson() ? "not a person context: " : "";
        return new Evidence(Signal.CONTEXT, prefix + context.reason(), null, weight);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Score score(Map<String, Score> scores, String category) {
        return scores.computeIfAbsent(category, Score::new);
    }

    /** The best signal for one category, and how many agreed. */
    private static final class Score {
        private final String category;
        private double value;
        private int signals;
        private int specificity;

        Score(String category) {
            this.category = category;
        }

        void add(double weight, int specificityOfSignal) {
            value = Math.max(value, weight);
            signals++;
            specificity = Math.max(specificity, specificityOfSignal);
        }
    }
}
