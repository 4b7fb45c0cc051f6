package dev.lawful.classify;

import dev.lawful.scan.TypeInfo;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The types of the scanned code by qualified and simple name, so that the classifier
 * can tell that {@code Customer customer} refers to a person-bearing type.
 */
public final class Codebase {

    private final Map<String, TypeInfo> byQualifiedName;
    private final Map<String, TypeInfo> bySimpleName;

    public Codebase(Collection<TypeInfo> types) {
        var qualified = new java.util.HashMap<String, TypeInfo>();
        var simple = new java.util.HashMap<String, TypeInfo>();
        for (TypeInfo type : types) {
            qualified.put(type.qualifiedName(), type);
            simple.merge(type.simpleName(), type, (a, b) -> a.qualifiedName().compareTo(b.qualifiedName()) <= 0 ? a : b);
        }
        this.byQualifiedName = Map.copyOf(qualified);
        this.bySimpleName = Map.copyOf(simple);
    }

    public static Codebase empty() {
        return new Codebase(java.util.List.of());
    }

    /** Looks a type up by a name as written in code: qualified, or simple. */
    public Optional<TypeInfo> find(String name) {
        TypeInfo type = byQualifiedName.get(name);
        return type != null ? Optional.of(type) : Optional.ofNullable(bySimpleName.get(name));
    }

    public Collection<TypeInfo> types() {
        return byQualifiedName.values();
    }
}
