package dev.lawful.classify;

import dev.lawful.scan.CodeElement;
import dev.lawful.scan.TypeInfo;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the scanned types say about each other, built once per scan in one pass over their
 * fields: which types are persons, and which are records about a person, with the path that
 * makes them so: a reference to a person ({@code Observation.patient → Patient}), a key named
 * for one ({@code Allergy.patientId → patient}) or a person that holds them
 * ({@code Patient.allergies → Allergy}). Audit actors (createdBy) make no record about anyone:
 * every kind of record has them.
 */
final class TypeGraph {

    /**
     * How one type stands to persons.
     *
     * @param path for a record about a person, how it is tied to them; else null
     * @param category the category the record's name gives its data (Diagnosis: health), or null
     * @param subjectCategory the category of every record about the person it is tied to (a
     *     patient's: health; a category's {@code recordsOf:} in the rule file), or null
     * @param inPersonsFile whether the record is part of the person's file: held by their type or by
     *     a record so held (Patient.faelle → Fall → Klassifikation), not only referring to them (a Mail
     *     with its patient)
     */
    record Node(OwnerContext context, boolean person, String path, String category, java.util.Set<String> personalFields,
            boolean personShaped, String documentedPerson, String subjectCategory, boolean inPersonsFile) {

        boolean aboutPerson() {
            return path != null;
        }

        /** Why a field of this record is of its subject's category, for the evidence of either classifier. */
        String subjectDataReason(String member, String record) {
            return "\"" + member + "\" is written in " + record + ", a record about a person (" + path
                    + ") whose records are " + subjectCategory;
        }
    }

    private final Map<TypeInfo, Node> nodes;
    private final KeyTargets keyTargets;
    private final Codebase codebase;
    private final ContextReader contexts;
    private final CompiledTaxonomy taxonomy;

    private TypeGraph(Map<TypeInfo, Node> nodes, KeyTargets keyTargets, Codebase codebase, ContextReader contexts,
            CompiledTaxonomy taxonomy) {
        this.nodes = nodes;
        this.keyTargets = keyTargets;
        this.codebase = codebase;
        this.contexts = contexts;
        this.taxonomy = taxonomy;
    }

    static TypeGraph build(Codebase codebase, ContextReader contexts, CompiledTaxonomy taxonomy) {
        List<TypeInfo> types = codebase.types().stream()
                .sorted(java.util.Comparator.comparing(TypeInfo::qualifiedName)).toList();
        Map<TypeInfo, OwnerContext> context = new IdentityHashMap<>();
        for (TypeInfo type : types) {
            context.put(type, contexts.contextOf(type, codebase));
        }
        Map<TypeInfo, String> paths = new IdentityHashMap<>();
        Map<TypeInfo, String> subjectCategories = new IdentityHashMap<>();
        java.util.Set<TypeInfo> personShaped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (TypeInfo type : types) {
            boolean person = isPerson(context.get(type));
            FieldNames fieldNames = contexts.fieldNames(type);
            for (CodeElement field : type.fields()) {
                if (field.isConstant()) {
                    continue;
                }
                NameReading name = fieldNames.of(field);
                if (name.actor() != null) {
                    continue;
                }
                if (namesPerson(name, taxonomy)) {
                    personShaped.add(type);
                }
                if (!person && name.personReference() != null) {
                    String path = type.simpleName() + "." + field.member() + " → " + name.personReference();
                    paths.putIfAbsent(type, path);
                    tieSubject(subjectCategories, paths, type, path, name.personReference(), taxonomy);
                }
                for (String typeName : TypeNames.linked(field.type())) {
                    if (JavaVocabulary.builtin().plainTypes().contains(typeName) || TypeNames.isContainer(typeName)) {
                        continue;
                    }
                    Optional<TypeInfo> target = codebase.find(typeName);
                    if (target.isEmpty() || target.get() == type) {
                        continue;
                    }
                    boolean targetPerson = isPerson(context.get(target.get()));
                    String path = type.simpleName() + "." + field.member() + " → " + target.get().simpleName();
                    if (!person && targetPerson) {
                        paths.putIfAbsent(type, path);
                        tieSubject(subjectCategories, paths, type, path, target.get().simpleName(), taxonomy);
                        // a Borger held as the patient is one
                        tieSubject(subjectCategories, paths, type, path, field.member(), taxonomy);
                    } else if (person && !targetPerson) {
                        paths.putIfAbsent(target.get(), path);
                        if (contexts.isPersonRecord(type)) {
                            // a Patient's allergies; not whatever a type read as a person by its fields holds
                            tieSubject(subjectCategories, paths, target.get(), path, type.simpleName(), taxonomy);
                        }
                    }
                }
            }
        }
        java.util.Set<TypeInfo> inFile = personsFiles(types, context, paths, subjectCategories, codebase, contexts, taxonomy);
        Map<TypeInfo, Node> nodes = new IdentityHashMap<>();
        for (TypeInfo type : types) {
            OwnerContext own = context.get(type);
            boolean person = isPerson(own) && namedOrRelated(type, own, contexts);
            String path = person || !canBeAboutPerson(type, own) ? null : paths.get(type);
            nodes.put(type, new Node(own, person, path, path == null ? null : recordCategory(type, own, taxonomy),
                    java.util.Set.copyOf(contexts.personalFields(type)), personShaped.contains(type),
                    documentedPerson(type.javadoc(), taxonomy), path == null ? null : subjectCategories.get(type),
                    path != null && inFile.contains(type)));
        }
        return new TypeGraph(nodes, keyTargets(types, nodes, contexts), codebase, contexts, taxonomy);
    }

    /**
     * The records in the file of a person every record about whom is of one category: held by the
     * person's type (Patient.faelle → Fall) or by a record so held (Fall.klassifikation →
     * Klassifikation), however many holders down, with that category and the path.
     */
    private static java.util.Set<TypeInfo> personsFiles(List<TypeInfo> types, Map<TypeInfo, OwnerContext> context,
            Map<TypeInfo, String> paths, Map<TypeInfo, String> categories, Codebase codebase, ContextReader contexts,
            CompiledTaxonomy taxonomy) {
        java.util.Set<TypeInfo> inFile = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<TypeInfo, String> fileCategory = new IdentityHashMap<>();
        java.util.ArrayDeque<TypeInfo> holders = new java.util.ArrayDeque<>();
        for (TypeInfo type : types) {
            String category = contexts.isPersonRecord(type) ? taxonomy.subjectRecordCategory(type.simpleName()) : null;
            if (category != null) {
                fileCategory.put(type, category);
                holders.add(type);
            }
        }
        while (!holders.isEmpty()) {
            TypeInfo holder = holders.poll();
            for (CodeElement field : holder.fields()) {
                for (TypeInfo held : heldRecords(field, holder, context, codebase, contexts)) {
                    if (fileCategory.containsKey(held)) {
                        continue;
                    }
                    String step = holder.simpleName() + "." + field.member() + " → " + held.simpleName();
                    String category = fileCategory.get(holder);
                    if (!categories.containsKey(held)) {
                        categories.put(held, category);
                        paths.put(held, inFile.contains(holder) ? paths.get(holder) + ", " + step : step);
                    }
                    fileCategory.put(held, category);
                    inFile.add(held);
                    holders.add(held);
                }
            }
        }
        return inFile;
    }

    /**
     * The scanned records a field of the holder holds, not persons by their names, enums or things,
     * nor the holder's own key (an @EmbeddedId).
     */
    private static List<TypeInfo> heldRecords(CodeElement field, TypeInfo holder, Map<TypeInfo, OwnerContext> context,
            Codebase codebase, ContextReader contexts) {
        if (field.isConstant() || field.annotations().stream()
                .anyMatch(annotation -> JavaVocabulary.builtin().keyAnnotations().contains(annotation.name()))) {
            return List.of();
        }
        List<TypeInfo> held = new java.util.ArrayList<>();
        for (String typeName : TypeNames.linked(field.type())) {
            if (JavaVocabulary.builtin().plainTypes().contains(typeName) || TypeNames.isContainer(typeName)) {
                continue;
            }
            Optional<TypeInfo> target = codebase.find(typeName).filter(type -> type != holder && context.containsKey(type));
            if (target.isPresent()) {
                OwnerContext own = context.get(target.get());
                if (!(isPerson(own) && namedOrRelated(target.get(), own, contexts)) && canBeAboutPerson(target.get(), own)) {
                    held.add(target.get());
                }
            }
        }
        return held;
    }

    /**
     * Notes the category every record about the person named so has (a Patient's: health), if any,
     * for the record, and makes the path that ties it to them the record's path.
     */
    private static void tieSubject(Map<TypeInfo, String> categories, Map<TypeInfo, String> paths, TypeInfo record,
            String path, String person, CompiledTaxonomy taxonomy) {
        if (!categories.containsKey(record)) {
            String category = taxonomy.subjectRecordCategory(person);
            if (category != null) {
                categories.put(record, category);
                paths.put(record, path);
            }
        }
    }

    /**
     * Persons' types and their separate records (ApplicantHistory), not those named for a kind of
     * data (Address), by their head nouns: a key to another record about a person (caseId,
     * vedtakId) identifies the record, not the person.
     */
    private static KeyTargets keyTargets(List<TypeInfo> types, Map<TypeInfo, Node> nodes, ContextReader contexts) {
        KeyTargets targets = new KeyTargets();
        for (TypeInfo type : types) {
            Node node = nodes.get(type);
            String head = contexts.headNounOf(type.simpleName());
            if (type.kind() == TypeInfo.Kind.ENUM || node.context().category() != null) {
                continue;
            }
            if (node.person()) {
                targets.add(type, List.of(head.split(" ")), true, "a person's type (" + node.context().reason() + ")");
            } else if (node.aboutPerson() && contexts.readName(type.simpleName()).role() == CompiledTaxonomy.Role.PERSON
                    && contexts.namesSeparateRecord(type.simpleName())) {
                targets.add(type, List.of(head.split(" ")), false, "a person's separate record (" + node.path() + ")");
            }
        }
        return targets;
    }

    /** The scanned type a key-named field names, written out or abbreviated (applId: Applicant), or empty. */
    Optional<KeyTargets.Target> keyTarget(NameReading name, TypeInfo owner) {
        // a separate record about a person (ApplicantHistory) holds its person's key, not its own
        String ownHead = owner == null || contexts.namesSeparateRecord(owner.simpleName()) ? "" : contexts.headNounOf(owner.simpleName());
        return keyTargets.of(name.tokens(), taxonomy, owner, ownHead);
    }

    /** A person's type: named or related to a person, or holding a person's data, and not named for a kind of data. */
    private static boolean isPerson(OwnerContext context) {
        return context != null && context.isPerson() && context.category() == null;
    }

    /**
     * A person's type by its name's head noun (Patient, CustomerDto) or a relative's (a superclass
     * Person), not only by the data it holds (an Order with a delivery address) nor by a word
     * before an unknown head noun (CustomerOrder is a customer's order).
     */
    private static boolean namedOrRelated(TypeInfo type, OwnerContext context, ContextReader contexts) {
        if (contexts.namesSeparateRecord(type.simpleName())) {
            return false;
        }
        ContextReader.NameRole role = contexts.readName(type.simpleName());
        boolean byOwnName = role.role() == CompiledTaxonomy.Role.PERSON;
        return byOwnName ? role.head() : context.strength() > BY_FIELDS;
    }

    /** Strength of a person context read from the fields alone (see ContextReader). */
    private static final double BY_FIELDS = 0.8;

    /** A field holding a person's name or data only a person has (a birth date is no proof: pets have them). */
    private static boolean namesPerson(NameReading name, CompiledTaxonomy taxonomy) {
        for (NameReading.Hit hit : name.counting()) {
            if (hit.strength() == CompiledTaxonomy.Strength.STRONG
                    && (taxonomy.isPersonName(hit.category()) || taxonomy.isPersonOnly(hit.category()))) {
                return true;
            }
        }
        return false;
    }

    /** The first person word of a Javadoc's first sentences ("The person who opened a ticket"), or null. */
    static String documentedPerson(String javadoc, CompiledTaxonomy taxonomy) {
        if (javadoc == null || javadoc.isBlank()) {
            return null;
        }
        String text = javadoc.length() > 300 ? javadoc.substring(0, 300) : javadoc;
        List<String> tokens = taxonomy.tokenizer().tokens(text);
        var roles = taxonomy.roleMatches(tokens);
        for (var role : roles) {
            if (role.value() == CompiledTaxonomy.Role.PERSON && roles.stream().noneMatch(other -> other.start() == role.start()
                    && other.end() == role.end() && (other.value() == CompiledTaxonomy.Role.TECHNICAL
                            || other.value() == CompiledTaxonomy.Role.THING))) {
                return role.pattern();
            }
        }
        return null;
    }

    /** Only a type of the business whose name says nothing else (not a thing's, not a technical one, not an enum). */
    private static boolean canBeAboutPerson(TypeInfo type, OwnerContext context) {
        return type.kind() != TypeInfo.Kind.ENUM && type.kind() != TypeInfo.Kind.ANNOTATION && !context.isNotPerson()
                && !context.technical();
    }

    /**
     * The category the record's name gives its data: a personal category its name matches (Diagnosis,
     * Allergy, Licence), not by a weak word that also names a business's own records (a Mail, a Payment).
     */
    private static String recordCategory(TypeInfo type, OwnerContext context, CompiledTaxonomy taxonomy) {
        if (context.category() != null) {
            return context.category();
        }
        NameReading reading = NameReading.read(taxonomy, "type name", type.simpleName());
        return reading.counting().stream()
                .filter(hit -> taxonomy.isPersonal(hit.category()))
                .filter(hit -> hit.strength() == CompiledTaxonomy.Strength.STRONG || !taxonomy.namesBusinessRecords(hit.category()))
                .map(NameReading.Hit::category)
                .findFirst().orElse(null);
    }

    /** The node of a scanned type; a type outside the scan is read on its own, with no records tied to it. */
    Node node(TypeInfo type) {
        if (type == null) {
            return new Node(OwnerContext.UNKNOWN, false, null, null, java.util.Set.of(), false, null, null, false);
        }
        Node node = nodes.get(type);
        if (node != null) {
            return node;
        }
        OwnerContext context = contexts.contextOf(type, codebase);
        FieldNames fieldNames = contexts.fieldNames(type);
        boolean shaped = type.fields().stream().filter(f -> !f.isConstant())
                .anyMatch(f -> namesPerson(fieldNames.of(f), taxonomy));
        return new Node(context, isPerson(context) && namedOrRelated(type, context, contexts), null, null,
                java.util.Set.copyOf(contexts.personalFields(type)), shaped, documentedPerson(type.javadoc(), taxonomy), null, false);
    }

    /** The scanned types a declared type refers to (its containers' elements too), in order. */
    List<TypeInfo> targets(String declaredType) {
        return TypeNames.linked(declaredType).stream()
                .filter(name -> !JavaVocabulary.builtin().plainTypes().contains(name) && !TypeNames.isContainer(name))
                .map(codebase::find).flatMap(Optional::stream).toList();
    }

    Codebase codebase() {
        return codebase;
    }
}
