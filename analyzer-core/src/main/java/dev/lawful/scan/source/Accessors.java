package dev.lawful.scan.source;

import java.util.Optional;
import java.util.Set;

/** Reads a no-argument method's name as the property it gets: {@code getEmail} and {@code email} give {@code email}. */
final class Accessors {

    /** No-argument methods that are not accessors of a property of the same name. */
    private static final Set<String> NOT_ACCESSORS = Set.of("toString", "hashCode", "build", "get", "stream",
            "iterator", "size", "length", "trim", "strip", "toLowerCase", "toUpperCase", "intern", "clone", "values",
            "keySet", "entrySet", "isEmpty", "isPresent", "orElseThrow", "name", "ordinal", "getClass", "toJson",
            "next", "copy", "getBytes", "toCharArray", "asString", "chars", "lines", "describeConstable");

    private Accessors() {
    }

    static Optional<String> property(String method) {
        if (NOT_ACCESSORS.contains(method)) {
            return Optional.empty();
        }
        for (String prefix : new String[] {"get", "is"}) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return Optional.of(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
            }
        }
        return Character.isLowerCase(method.charAt(0)) ? Optional.of(method) : Optional.empty();
    }
}
