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
     */
    record Node(OwnerContext context, boolean person, String path, String category, java.util.Set<String> personalFields) {

        boolean aboutPerson() {
            return path != null;
        }
    }

    private final Map<TypeInfo, Node> nodes;
    private final Codebase codebase;
    private final ContextReader contexts;

    private TypeGraph(Map<TypeInfo, Node> nodes, Codebase codebase, ContextReader contexts) {
        this.nodes = nodes;
        this.codebase = codebase;
        this.contexts = contexts;
    }

    static TypeGraph build(Codebase codebase, ContextReader contexts, CompiledTaxonomy taxonomy) {
        List<TypeInfo> types = codebase.types().stream()
                .sorted(java.util.Comparator.comparing(TypeInfo::qualifiedName)).toList();
        Map<TypeInfo, OwnerContext> context = new IdentityHashMap<>();
        for (TypeInfo type : types) {
            context.put(type, contexts.contextOf(type, codebase));
        }
        Map<TypeInfo, String> paths = new IdentityHashMap<>();
        for (TypeInfo type : types) {
            boolean person = isPerson(context.get(type));
            for (CodeElement field : type.fields()) {
                if (field.isConstant()) {
                    continue;
                }
                NameReading name = NameReading.read(taxonomy, "field name", field.member());
                if (name.actor() != null) {
                    continue;
                }
                if (!person && name.personReference() != null) {
                    paths.putIfAbsent(type, type.simpleName() + "." + field.member() + " → " + name.personReference());
                }
                for (String typeName : TypeNames.linked(field.type())) {
                    if (TaxonomyClassifier.PLAIN_TYPES.contains(typeName) || TypeNames.isContainer(typeName)) {
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
                    } else if (person && !targetPerson) {
                        paths.putIfAbsent(target.get(), path);
                    }
                }
            }
        }
        Map<TypeInfo, Node> nodes = new IdentityHashMap<>();
        for (TypeInfo type : types) {
            OwnerContext own = context.get(type);
            boolean person = isPerson(own);
            String path = person || !canBeAboutPerson(type, own) ? null : paths.get(type);
            nodes.put(type, new Node(own, person, path, path == null ? null : recordCategory(type, own, taxonomy),
                    java.util.Set.copyOf(contexts.personalFields(type))));
        }
        return new TypeGraph(nodes, codebase, contexts);
    }

    /** A person's type: named or related to a person, or holding a person's data, and not named for a kind of data. */
    private static boolean isPerson(OwnerContext context) {
        return context != null && context.isPerson() && context.category() == null;
    }

    /** Only a type of the business whose name says nothing else (not a thing's, not a technical one, not an enum). */
    private static boolean canBeAboutPerson(TypeInfo type, OwnerContext context) {
        return type.kind() != TypeInfo.Kind.ENUM && type.kind() != TypeInfo.Kind.ANNOTATION && !context.isNotPerson()
                && !context.technical();
    }

    /** The category the record's name gives its data: a personal category its name matches (Diagnosis, Allergy, Licence). */
    private static String recordCategory(TypeInfo type, OwnerContext context, CompiledTaxonomy taxonomy) {
        if (context.category() != null) {
            return context.category();
        }
        NameReading reading = NameReading.read(taxonomy, "type name", type.simpleName());
        return reading.counting().stream()
                .filter(hit -> taxonomy.isPersonal(hit.category()))
                .map(NameReading.Hit::category)
                .findFirst().orElse(null);
    }

    /** The node of a scanned type; a type outside the scan is read on its own, with no records tied to it. */
    Node node(TypeInfo type) {
        if (type == null) {
            return new Node(OwnerContext.UNKNOWN, false, null, null, java.util.Set.of());
        }
        Node node = nodes.get(type);
        if (node != null) {
            return node;
        }
        OwnerContext context = contexts.contextOf(type, codebase);
        return new Node(context, isPerson(context), null, null, java.util.Set.copyOf(contexts.personalFields(type)));
    }

    /** The scanned types a declared type refers to (its containers' elements too), in order. */
    List<TypeInfo> targets(String declaredType) {
        return TypeNames.linked(declaredType).stream()
                .filter(name -> !TaxonomyClassifier.PLAIN_TYPES.contains(name) && !TypeNames.isContainer(name))
                .map(codebase::find).flatMap(Optional::stream).toList();
    }

    Codebase codebase() {
        return codebase;
    }
}
